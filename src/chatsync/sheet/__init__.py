"""The Google Sheet task board: client, row mapping, merge with human edits, writer."""
