-- A member's (or integrator's) rating of a conversation is kept apart from the visitor's CSAT: rating it
-- from the dashboard or the API no longer overwrites what the visitor said. chat_sessions keeps its RLS.
ALTER TABLE chat_sessions
  ADD COLUMN review_rating             smallint CHECK (review_rating BETWEEN 1 AND 5),
  ADD COLUMN review_comment_ciphertext bytea,
  ADD COLUMN reviewed_at               timestamptz;
