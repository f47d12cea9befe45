"""Reading tasks, assignees, deadlines and updates from Chatwork messages."""
