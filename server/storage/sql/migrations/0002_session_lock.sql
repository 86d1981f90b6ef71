-- A signed-in session can be locked (the desktop client's idle lock screen, Part 11 §11.200): while
-- locked the server answers only unlock, logout, heartbeat and the event stream. Persisted so that a
-- session resumed after a server restart is still locked.
ALTER TABLE user_session ADD COLUMN locked_at TEXT;
