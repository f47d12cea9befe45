"""Local stand-ins for the outside services chatsync talks to (for tests and the demo)."""
