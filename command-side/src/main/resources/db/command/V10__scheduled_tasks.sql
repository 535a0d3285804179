-- db-scheduler's table, as its PostgreSQL schema defines it, for Axon's DbSchedulerDeadlineManager: the checkout's
-- deadlines live here, written in the transaction that places the order, so they outlive the node that placed it.
-- Any node's scheduler picks a due row (with FOR UPDATE SKIP LOCKED), runs it and deletes it; a node that dies while
-- running one stops its heartbeat, and another node runs it again.
-- V10, not V9: the checkout endpoint's branch takes V9.
CREATE TABLE scheduled_tasks (
    task_name            TEXT                     NOT NULL,
    task_instance        TEXT                     NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN                  NOT NULL,
    picked_by            TEXT,
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);

CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);
