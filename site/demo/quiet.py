"""Demo content is the group's past: loading it must not email anyone about it."""

from contextlib import contextmanager

from django.dispatch import Signal

from codev import signals as workspace_signals


@contextmanager
def unannounced():
    """Mute the workspace's signals: the demo's decisions belong to its past, so nobody is emailed about them."""
    signals = [value for value in vars(workspace_signals).values() if isinstance(value, Signal)]
    saved = {signal: signal.receivers for signal in signals}
    try:
        for signal in signals:
            signal.receivers = []
            signal.sender_receivers_cache.clear()
        yield
    finally:
        for signal, receivers in saved.items():
            signal.receivers = receivers
            signal.sender_receivers_cache.clear()
