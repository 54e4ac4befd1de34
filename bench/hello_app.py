"""The floor: a bare Litestar hello-world, served the same way as Parley."""

from litestar import Litestar, get


@get("/hello")
async def hello() -> dict[str, str]:
    return {"hello": "world"}


app = Litestar([hello])
