-- The query nodes that run the projections, each with its last heartbeat: a node counts the live ones here to
-- hold only its fair share of the processors' segments. Heartbeats are stamped and judged with the database's
-- clock (now()), so no node's own clock decides who is alive.

CREATE TABLE query_nodes (
    node_id      VARCHAR(255) NOT NULL PRIMARY KEY,
    heartbeat_at TIMESTAMPTZ  NOT NULL
);
