"""chatsync: Chatwork chat → tasks → Google Sheet → morning delay digest."""

__version__ = "0.1.0"
