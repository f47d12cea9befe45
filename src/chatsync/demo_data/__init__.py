"""Data for ``chatsync demo``: a scripted week of team chat (see :mod:`.week`)."""
