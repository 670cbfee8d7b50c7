"""Encryption, as the front ends meet it: the words that explain it, and unlocking the store.

Turning it on or off and changing the passphrase are the command line's (`wellcheck
encryption`); the app asks for the passphrase on its own masked screen and locks when idle.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wellcheck.session.outcome import Outcome

if TYPE_CHECKING:
    from wellcheck.session.context import Context

WHAT_IT_PROTECTS = (
    "Encryption keeps your answers unreadable to anyone who has this computer, its disk, a "
    "backup of it or a copy of a synced folder, but not your passphrase."
)
WHAT_IT_DOES_NOT = (
    "It does not protect you from someone at the open app while it is unlocked (it locks when "
    "left alone), from a keylogger or other software watching this computer, from what is still "
    "on the screen or in your terminal's scrollback, from copies made before you turned it on "
    "(old backups; the disk may keep old pieces of files for a while), or from a summary you "
    "write to a file, which is readable because you asked for it. The files' names and dates "
    "still show on which days you checked in, though not a word of what you wrote."
)
WHAT_YOU_MUST_KEEP = (
    "You are asked for your passphrase each time wellcheck starts. You also get a recovery key: "
    "write it down and keep it away from this computer. If you forget your passphrase and lose "
    "the recovery key, your answers are gone: no one can get them back, not even wellcheck's "
    "makers."
)
EXPLANATION = (WHAT_IT_PROTECTS, WHAT_IT_DOES_NOT, WHAT_YOU_MUST_KEEP)
"""One screen of plain words, said before encryption is turned on (CLI and app alike)."""
ABOUT_OFF = (
    "Turning encryption off makes every answer readable again, to anyone who has this computer, "
    "a backup of it or a copy of the data folder. Your passphrase and recovery key will not be "
    "needed any more. You can turn it on again at any time.",
)
ABOUT_PASSPHRASE = (
    "Your new passphrase opens your answers from now on; only the small key file is rewritten, "
    "and your recovery key stays the same. A backup of the key file made before now still opens "
    "with the old passphrase: if someone may know it, turn encryption off and on again instead, "
    "which makes a new key for every file.",
)
ABOUT_RECOVERY = (
    "A new recovery key replaces the old one, which stops working (a backup of the key file made "
    "before now still opens with it). It is shown once: write it down and keep it away from "
    "this computer.",
)
EXPORT_NOT_ENCRYPTED = (
    "It is not encrypted, because you asked for a copy to read: keep it somewhere safe, and "
    "delete it once you no longer need it."
)
"""Said whenever a summary of an encrypted store is written to a file."""
UNLOCK_PROMPT = "Your passphrase (or your recovery key)"
ENCRYPTED_LINE = "Your answers are encrypted. Type your passphrase to open them."
"""Said above the passphrase when the app starts on an encrypted store."""
LOCKED_LINE = "wellcheck is locked. Type your passphrase to go on."
"""Said on the screen the app locks itself behind when left alone."""


def is_locked(ctx: Context) -> bool:
    """Whether the store is encrypted and not unlocked yet in this process."""
    return ctx.store.is_locked()


def unlock(ctx: Context, secret: str) -> Outcome[None]:
    """Open the store with the passphrase or the recovery key; the key stays in memory only.

    Not unlocked: a wrong passphrase, or the key file missing or damaged, each in its own words.
    """
    from wellcheck.core import crypto_keys
    from wellcheck.core.encryption import unlock as unlock_store
    from wellcheck.core.errors import WellcheckError

    try:
        ctx.store.key = unlock_store(ctx.store.root, secret)
    except crypto_keys.WrongPassphrase as exc:
        return Outcome(problem=str(exc).capitalize() + ".")
    except WellcheckError as exc:
        return Outcome(problem=str(exc))
    return Outcome(None)
