"""An encrypted store: answers round-trip through it sealed, each way a file or the key file can
be wrong is told apart, and turning encryption on and off converts every file in place and
back to the same bytes, resumably."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wellcheck.core import crypto, crypto_kdf, crypto_keys, encryption, encryption_convert, layout
from wellcheck.core.answers import Answer
from wellcheck.core.doctor import diagnose
from wellcheck.core.errors import DataError, SaveError, WellcheckError
from wellcheck.core.store import JsonStore
from wellcheck.core.stressors_answers import StressorAnswer
from wellcheck.core.stressors_store import load_current_reflection, save_row

PASSPHRASE = "correct horse battery staple"
CANARY = "violet hedgehog 4471"
FAST = crypto_kdf.KdfParams(os.urandom(16), crypto_kdf.FLOOR_ITERATIONS)
DAY, OTHER_DAY = "2026-11-23", "2026-11-24"
ROW = StressorAnswer("home", "Home life", "Arguments in the family", ticked=True, note=CANARY)


def encrypted(root: Path, passphrase: str = PASSPHRASE) -> tuple[JsonStore, str]:
    """A store turned encrypted (cheap KDF parameters), and its recovery key."""
    store = JsonStore(root)
    shown: list[str] = []
    encryption_convert.turn_on(
        store, passphrase, shown.append, lambda done, total: None, params=FAST
    )
    return store, shown[0]


def save(store: JsonStore, period: str, text: str, item: str = "difficult") -> None:
    store.save_answer("daily", "daily", period, item, Answer("What was difficult?", text))


def daily(store: JsonStore, period: str = DAY) -> Path:
    return store.record_path("daily", "daily", period)


@pytest.fixture
def store(tmp_path: Path) -> JsonStore:
    made, _ = encrypted(tmp_path / "data")
    return made


def every_byte_on_disk(root: Path) -> bytes:
    return b"".join(p.read_bytes() for p in root.rglob("*") if p.is_file())


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(min_size=1, max_size=200).filter(str.isprintable))
def test_an_answer_saved_encrypted_reads_back_and_is_not_on_disk(
    store: JsonStore, text: str
) -> None:
    save(store, DAY, text)
    assert store.load_record("daily", "daily", DAY).answers["difficult"].value == text
    raw = daily(store).read_bytes()
    assert crypto.is_sealed(raw)
    if len(text) >= 4:
        assert text.encode() not in raw


def test_nothing_of_the_users_is_readable_anywhere_in_the_folder(store: JsonStore) -> None:
    save(store, DAY, CANARY)
    save_row(store, date_of(DAY), "family-arguments", ROW)
    store.add_goal(CANARY, date_of(DAY))
    store.set_day_off(date_of(OTHER_DAY), "leave")
    assert CANARY.encode() not in every_byte_on_disk(store.root)
    assert load_current_reflection(store, date_of(DAY)).rows["family-arguments"].note == CANARY
    for path in encryption.data_files(store.root):
        assert crypto.is_sealed(path.read_bytes()), path
        assert path.stat().st_mode & 0o777 == 0o600
    assert layout.key_file(store.root).stat().st_mode & 0o777 == 0o600


def date_of(text: str) -> date:
    return date.fromisoformat(text)


# -- each way a file cannot be opened, in its own words ----------------------------------------

REGIONS = {
    "magic": 0,
    "key id": len(crypto.MAGIC) + 1,
    "nonce": len(crypto.MAGIC) + crypto.KEY_ID_SIZE + 1,
    "ciphertext": crypto.HEADER_SIZE + 2,
    "tag": -1,
}


@pytest.mark.parametrize("region", REGIONS)
def test_one_byte_flipped_in_each_region_is_named_and_the_file_left_as_it_is(
    store: JsonStore, region: str
) -> None:
    save(store, DAY, CANARY)
    path = daily(store)
    data = bytearray(path.read_bytes())
    data[REGIONS[region]] ^= 0x20
    path.write_bytes(bytes(data))
    with pytest.raises(DataError) as caught:
        store.load_record("daily", "daily", DAY)
    message = str(caught.value)
    expected = "another key" if region == "key id" else "cannot be decrypted"
    assert expected in message
    assert "passphrase" not in message
    with pytest.raises(DataError):  # a save is refused too, and never overwrites it
        save(store, DAY, "something new")
    assert path.read_bytes() == bytes(data)


@pytest.mark.parametrize("cut", [0, 3, crypto.HEADER_SIZE, crypto.HEADER_SIZE + 5, -1])
def test_empty_and_truncated_files_are_damaged_files(store: JsonStore, cut: int) -> None:
    save(store, DAY, CANARY)
    path = daily(store)
    path.write_bytes(path.read_bytes()[:cut])
    with pytest.raises(DataError) as caught:
        store.load_record("daily", "daily", DAY)
    assert "passphrase" not in str(caught.value)
    reason = caught.value.reason
    assert "cannot be decrypted" in reason or "empty" in reason


def test_files_swapped_between_days_do_not_open(store: JsonStore) -> None:
    save(store, DAY, "Monday's words")
    save(store, OTHER_DAY, "Tuesday's words")
    monday, tuesday = daily(store, DAY), daily(store, OTHER_DAY)
    a, b = monday.read_bytes(), tuesday.read_bytes()
    monday.write_bytes(b)
    tuesday.write_bytes(a)
    for period in (DAY, OTHER_DAY):
        with pytest.raises(DataError, match="moved here from another day or instrument"):
            store.load_record("daily", "daily", period)


def test_a_file_moved_to_another_instrument_does_not_open(store: JsonStore) -> None:
    save(store, DAY, CANARY)
    target = store.record_path("standup", "daily", DAY)
    target.parent.mkdir(parents=True)
    target.write_bytes(daily(store).read_bytes())
    with pytest.raises(DataError, match="moved here"):
        store.load_record("standup", "daily", DAY)


def test_another_stores_file_and_a_readable_copy_are_each_named(
    store: JsonStore, tmp_path: Path
) -> None:
    other, _ = encrypted(tmp_path / "other")
    save(other, DAY, "theirs")
    save(store, OTHER_DAY, "mine")
    path = daily(store, DAY)
    path.write_bytes(daily(other, DAY).read_bytes())
    with pytest.raises(DataError, match="another key"):
        store.load_record("daily", "daily", DAY)
    path.write_bytes(b'{"schema_version": 1, "instrument": "daily", "answers": {}}\n')
    with pytest.raises(DataError, match="readable \\(not encrypted\\)"):
        store.load_record("daily", "daily", DAY)


def test_doctor_names_each_kind_of_problem_on_its_own_line(
    store: JsonStore, tmp_path: Path
) -> None:
    other, _ = encrypted(tmp_path / "other")
    for period in ("2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26"):
        save(store, period, "mine")
    save(other, "2026-11-23", "theirs")
    flipped = bytearray(daily(store, "2026-11-23").read_bytes())
    flipped[-3] ^= 1
    daily(store, "2026-11-23").write_bytes(bytes(flipped))
    daily(store, "2026-11-24").write_bytes(daily(other, "2026-11-23").read_bytes())
    daily(store, "2026-11-25").write_text('{"schema_version": 1, "answers": {}}')
    count, findings = diagnose(store.root, store)
    said = {f.path.name: f.problem for f in findings}
    assert "cannot be decrypted" in said["2026-11-23.json"]
    assert "another key" in said["2026-11-24.json"]
    assert "readable (not encrypted)" in said["2026-11-25.json"]
    assert "2026-11-26.json" not in said
    assert not any("passphrase" in problem for problem in said.values())


# -- the key file ------------------------------------------------------------------------------


def test_the_passphrase_or_the_recovery_key_unlocks_and_nothing_else(tmp_path: Path) -> None:
    store, recovery = encrypted(tmp_path / "data")
    save(store, DAY, CANARY)
    for secret in (PASSPHRASE, recovery, recovery.lower().replace("-", " ")):
        key = encryption.unlock(store.root, secret)
        assert JsonStore(store.root, key).load_record("daily", "daily", DAY).answers
    for wrong in (
        "correct horse battery stapl",
        "",
        recovery[:-1] + ("Z" if recovery[-1] != "Z" else "Y"),
    ):
        with pytest.raises(crypto_keys.WrongPassphrase):
            encryption.unlock(store.root, wrong)


@pytest.mark.parametrize(
    "damage",
    ["flip a byte", "truncate", "empty", "not json", "drop a field", "missing"],
)
def test_a_damaged_key_file_is_never_called_a_wrong_passphrase(
    store: JsonStore, damage: str
) -> None:
    path = layout.key_file(store.root)
    text = path.read_text()
    if damage == "flip a byte":
        i = text.index('"wrapped": "') + 15
        path.write_text(text[:i] + ("A" if text[i] != "A" else "B") + text[i + 1 :])
    elif damage == "truncate":
        path.write_text(text[: len(text) // 2])
    elif damage == "empty":
        path.write_text("")
    elif damage == "not json":
        path.write_bytes(b"\xff\xfe garbage")
    elif damage == "drop a field":
        doc = json.loads(text)
        del doc["kdf"]
        path.write_text(json.dumps(doc))
    else:
        path.unlink()
    with pytest.raises(DataError) as caught:
        encryption.unlock(store.root, PASSPHRASE)
    assert "wrong" not in str(caught.value) and "does not open" not in str(caught.value)
    assert "key file" in str(caught.value)
    if damage != "missing":
        _, findings = diagnose(store.root, JsonStore(store.root))
        assert any(f.path.name == layout.KEY_NAME for f in findings)


def test_a_new_passphrase_rewrites_only_the_key_file(store: JsonStore) -> None:
    save(store, DAY, CANARY)
    before = daily(store).read_bytes()
    assert store.key is not None
    encryption.change_passphrase(store.root, store.key, "a brand new passphrase")
    assert daily(store).read_bytes() == before
    with pytest.raises(crypto_keys.WrongPassphrase):
        encryption.unlock(store.root, PASSPHRASE)
    key = encryption.unlock(store.root, "a brand new passphrase")
    assert JsonStore(store.root, key).load_record("daily", "daily", DAY).answers


def test_a_new_recovery_key_retires_the_old_one(tmp_path: Path) -> None:
    store, old = encrypted(tmp_path / "data")
    assert store.key is not None
    new = encryption.new_recovery_key(store.root, store.key)
    assert new != old
    encryption.unlock(store.root, new)
    encryption.unlock(store.root, PASSPHRASE)
    with pytest.raises(crypto_keys.WrongPassphrase):
        encryption.unlock(store.root, old)


def test_a_short_passphrase_is_refused_before_anything_changes(tmp_path: Path) -> None:
    root = tmp_path / "data"
    save(JsonStore(root), DAY, CANARY)
    before = daily(JsonStore(root)).read_bytes()
    with pytest.raises(WellcheckError, match="at least 8 characters"):
        encryption_convert.turn_on(
            JsonStore(root), "short", lambda r: None, lambda d, t: None, FAST
        )
    assert not layout.key_file(root).exists()
    assert daily(JsonStore(root)).read_bytes() == before


# -- converting --------------------------------------------------------------------------------


def plaintext_store(root: Path) -> dict[Path, bytes]:
    store = JsonStore(root)
    for n in range(1, 9):
        save(store, f"2026-11-{n:02d}", f"{CANARY} {n}")
    save_row(store, date_of(DAY), "family-arguments", ROW)
    store.add_goal(CANARY, date_of(DAY))
    store.set_day_off(date_of(OTHER_DAY), "sick")
    return {p: p.read_bytes() for p in encryption.data_files(root)}


def test_on_then_off_gives_back_every_file_byte_for_byte(tmp_path: Path) -> None:
    root = tmp_path / "data"
    original = plaintext_store(root)
    store, _ = encrypted(root)
    assert encryption.form(root) is encryption.Form.ENCRYPTED
    for path, data in original.items():
        sealed = path.read_bytes()
        assert crypto.is_sealed(sealed) and CANARY.encode() not in sealed
        assert store.plaintext(path, sealed) == data
    assert encryption_convert.turn_off(store, lambda d, t: None) == len(original)
    assert encryption.form(root) is encryption.Form.READABLE
    assert not layout.key_file(root).exists()
    assert {p: p.read_bytes() for p in encryption.data_files(root)} == original


def test_a_stopped_conversion_is_finished_by_running_it_again(tmp_path: Path) -> None:
    root = tmp_path / "data"
    original = plaintext_store(root)
    calls = 0

    def stop_half_way(done: int, total: int) -> None:
        nonlocal calls
        calls += 1
        if done == total // 2:
            raise KeyboardInterrupt

    stale = root / "daily" / "2026" / ".2026-11-01.json.999999.0123456789abcdef.tmp"
    stale.write_text(CANARY)  # an interrupted save of long ago, in plaintext
    with pytest.raises(KeyboardInterrupt):
        encryption_convert.turn_on(JsonStore(root), PASSPHRASE, lambda r: None, stop_half_way, FAST)
    assert encryption.form(root) is encryption.Form.TURNING_ON
    assert "turned on" in (encryption.unfinished(root) or "")
    forms = encryption.count_forms(root)
    assert forms[0] and forms[1], "half sealed, half readable"
    assert not stale.exists()
    with pytest.raises(SaveError, match="being turned on or off"):  # another window's save
        save(JsonStore(root), DAY, "typed meanwhile")
    with pytest.raises(crypto_keys.WrongPassphrase):  # resuming needs the passphrase chosen then
        encryption_convert.turn_on(
            JsonStore(root), "another passphrase", lambda r: None, print, FAST
        )
    shown: list[str] = []
    store = JsonStore(root)
    encryption_convert.turn_on(store, PASSPHRASE, shown.append, lambda d, t: None, FAST)
    assert not shown, "the key file made the first time is kept, with its recovery key"
    assert encryption.form(root) is encryption.Form.ENCRYPTED
    for path, data in original.items():
        assert store.plaintext(path, path.read_bytes()) == data


def test_a_save_from_a_wellcheck_opened_before_encryption_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "data"
    plaintext_store(root)
    opened_before = JsonStore(root)
    encrypted(root)
    sealed = daily(opened_before, "2026-11-01").read_bytes()
    with pytest.raises(SaveError, match="turned on since this wellcheck started"):
        save(opened_before, "2026-11-01", "typed in the old window")
    with pytest.raises(SaveError, match="turned on since this wellcheck started"):
        save(opened_before, DAY, "typed in the old window")
    assert b"typed in the old window" not in every_byte_on_disk(root)
    assert daily(opened_before, "2026-11-01").read_bytes() == sealed
    assert not daily(opened_before, DAY).exists()


def test_turning_on_twice_or_off_when_off_is_one_line(tmp_path: Path) -> None:
    store, _ = encrypted(tmp_path / "data")
    with pytest.raises(WellcheckError, match="already on"):
        encryption_convert.turn_on(store, PASSPHRASE, lambda r: None, lambda d, t: None, FAST)
    with pytest.raises(WellcheckError, match="not on"):
        encryption_convert.turn_off(JsonStore(tmp_path / "plain"), lambda d, t: None)


def test_two_windows_on_an_encrypted_store_merge_per_item(store: JsonStore) -> None:
    other = JsonStore(store.root, store.key)
    save(store, DAY, "from the first window", item="difficult")
    save(other, DAY, "from the second window", item="learned")
    answers = store.load_record("daily", "daily", DAY).answers
    assert answers["difficult"].value == "from the first window"
    assert answers["learned"].value == "from the second window"


def test_the_data_key_is_never_in_a_repr(store: JsonStore) -> None:
    assert store.key is not None
    secret = store.key._key
    for shown in (repr(store), repr(store.key), str(store.key)):
        assert secret.hex() not in shown and str(secret) not in shown
