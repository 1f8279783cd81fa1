"""Tuning round 33 (2026-12-04), read off the misses of sets s (sexual, reproductive and gender-affirming health) and t
(dermatology, aesthetic medicine and plastic surgery): each rule fires on fresh values and stays quiet on its
look-alikes."""

from __future__ import annotations

import pytest

from mediflow.quality.phi import PhiScanner


@pytest.fixture(scope="module")
def scanner() -> PhiScanner:
    return PhiScanner(use_model=False)


@pytest.fixture(scope="module")
def default_scanner() -> PhiScanner:
    return PhiScanner(use_model=True)


def _found(scanner: PhiScanner, text: str) -> set[tuple[str, str]]:
    return {(f.type.name, f.text) for f in scanner.scan(text)}


def test_a_cards_lower_case_sn_and_the_lot_after_it(scanner: PhiScanner) -> None:
    found = _found(
        scanner, "L: Style 15-330 sn SN604418273 lot 8810442\nR: Style 15-330 sn 62K118094 lot L330917"
    )
    assert {
        ("DEVICE_ID", "SN604418273"),
        ("DEVICE_ID", "8810442"),
        ("DEVICE_ID", "62K118094"),
        ("DEVICE_ID", "L330917"),
    } <= found


@pytest.mark.parametrize(
    "text",
    ["SN 2 visits/wk, sn visits 4x", "sn 2024 only", "Skilled nursing (sn) 3 days"],
)
def test_lower_case_sn_without_a_code_is_no_serial(scanner: PhiScanner, text: str) -> None:
    assert not any(t == "DEVICE_ID" for t, _ in _found(scanner, text))


def test_the_lot_after_a_serial_survives_the_classifier(default_scanner: PhiScanner) -> None:
    # the classifier vetoes a lot as a stock item's; one right after its device's serial is that device's
    text = "Prosthesis: testicular, medium, serial 55120937-118, lot QT40518\nTissue expander removed 2024."
    assert ("DEVICE_ID", "QT40518") in _found(default_scanner, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Referring: Tobias Lund, DO (541 555 0188 fax)", "541 555 0188"),
        ("referred by Ivy Okoro (+1 509 555 0147 e-fax).", "+1 509 555 0147"),
    ],
)
def test_a_number_with_its_fax_cue_last_in_the_bracket(scanner: PhiScanner, text: str, value: str) -> None:
    assert ("FAX", value) in _found(scanner, text)


def test_a_phone_before_a_fax_in_one_bracket_stays_a_phone(scanner: PhiScanner) -> None:
    found = _found(scanner, "Referring: Dr Ana Ruiz (555-0100, fax 555-0101).")
    assert ("PHONE", "555-0100") in found
    assert ("FAX", "555-0101") in found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("patient=LUND, ARI; palm=PLM55019274; voice=VPR20418833; face_tpl=FGT-4471920", "VPR20418833"),
        ("patient=LUND, ARI; palm=PLM55019274; voice=VPR20418833; face_tpl=FGT-4471920", "FGT-4471920"),
        ("patient=LUND, ARI; palm=PLM55019274; voice=VPR20418833; face_tpl=FGT-4471920", "PLM55019274"),
    ],
)
def test_a_logs_body_part_keys_and_face_tpl(scanner: PhiScanner, text: str, value: str) -> None:
    assert ("BIOMETRIC", value) in _found(scanner, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ex-partner: Jon Reyes, drives 4KD-7719 - security notified.", "4KD-7719"),
        ("Visitor drives JTR8841 (silver).", "JTR8841"),
        ("Pareja: Ana Ruiz; placa del carro XKT 4471", "XKT 4471"),
        ("Placa del vehículo (estacionamiento): 771-KRB", "771-KRB"),
        ("Vehicle on parking list (garage C): PLT-5530.", "PLT-5530"),
    ],
)
def test_a_plate_after_a_driver_or_a_spanish_or_a_lists_label(
    scanner: PhiScanner, text: str, value: str
) -> None:
    assert ("VEHICLE_ID", value) in _found(scanner, text)


@pytest.mark.parametrize(
    "text",
    [
        "He drives I-95 daily and drives US-101 to work.",
        "Placa dental retirada; placa bacteriana leve.",
        "Vehicle in the lot: none.",
    ],
)
def test_highways_and_dental_plaque_are_no_plates(scanner: PhiScanner, text: str) -> None:
    assert not any(t == "VEHICLE_ID" for t, _ in _found(scanner, text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ID reviewed: state ID K40918832", "K40918832"),
        ("Proof on file: Minnesota ID # M55019274; lease in her name.", "M55019274"),
        ("Proof on file: NM ID # N20418833.", "N20418833"),
        ("Non-driver ID 771-204-118 shown at check-in.", "771-204-118"),
        ("Intake reviewed by Ari Lund, licensed esthetician #EST.0447192, on 2025-01-04.", "EST.0447192"),
    ],
)
def test_a_state_identity_card_and_a_professions_licence(scanner: PhiScanner, text: str, value: str) -> None:
    assert ("LICENSE", value) in _found(scanner, text)


@pytest.mark.parametrize(
    "text",
    [
        "State ID pending; state ID verified by the registrar.",
        "Texas ID # pending.",
        "Licensed practical nurse #2 on shift; licensed esthetician since 2019.",
    ],
)
def test_no_licence_without_its_number(scanner: PhiScanner, text: str) -> None:
    assert not any(t == "LICENSE" for t, _ in _found(scanner, text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Phone: 555-0172   app screen name: lila_204", "lila_204"),
        ("username: moonwalker88", "moonwalker88"),
        ("[X] social media (tag @marisolvega)", "@marisolvega"),
        ("Instagram ok to tag @ari.lund_skin: Y", "@ari.lund_skin"),
        ("IG: @kwame.b77", "@kwame.b77"),
    ],
)
def test_a_screen_name_and_a_social_media_handle(scanner: PhiScanner, text: str, value: str) -> None:
    assert ("OTHER_ID", value) in _found(scanner, text)


@pytest.mark.parametrize(
    "text",
    [
        "Pt seen @ 0800; tag @ 5pm if febrile.",
        "tag @home; tag @bedside",
        "username: admin; screen name: Nurse Joy",
        "email lila.vega@example.org",
    ],
)
def test_no_handle_in_an_at_sign_for_at_or_an_email(scanner: PhiScanner, text: str) -> None:
    assert not any(t == "OTHER_ID" for t, _ in _found(scanner, text))
