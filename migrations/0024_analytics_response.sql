-- Analytics (issue 24): the average response time over every reply (not only the first), and first messages per
-- page of the widget (the page breakdown).
ALTER TABLE analytics_conversations
  ADD COLUMN awaiting_since   timestamptz,                 -- the oldest visitor message not answered yet
  ADD COLUMN response_ms_sum  bigint NOT NULL DEFAULT 0,   -- each reply's wait since the visitor's oldest unanswered message
  ADD COLUMN response_n       integer NOT NULL DEFAULT 0;
ALTER TABLE analytics_daily
  ADD COLUMN response_ms_sum  bigint NOT NULL DEFAULT 0,
  ADD COLUMN response_n       bigint NOT NULL DEFAULT 0;
ALTER TABLE analytics_widget_pages
  ADD COLUMN first_messages   bigint NOT NULL DEFAULT 0;
