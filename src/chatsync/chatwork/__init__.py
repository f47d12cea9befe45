"""Chatwork API v2: typed models of its JSON (``api``) and the HTTP client (``client``)."""

from chatsync.chatwork.client import DEFAULT_BASE_URL, ChatworkClient

__all__ = ["DEFAULT_BASE_URL", "ChatworkClient"]
