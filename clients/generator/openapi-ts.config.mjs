// Configuration of @hey-api/openapi-ts; generate.py sets the input and output paths.
export default {
  input: process.env.PARLEY_SPEC,
  output: { path: process.env.PARLEY_TS_OUT, postProcess: [], clean: true, importFileExtension: ".js" }, // ".js": Node runs the compiled ESM
  plugins: ["@hey-api/client-fetch", "@hey-api/typescript", "@hey-api/sdk"],
};
