"""PHI rule classes added in tuning round 11 (part b: the identifier categories), when sets J and K became
tuning sets: lines that must fire, each written afresh (no planted set uses these values), and
look-alikes that must stay quiet (doses, ranges, catalogue and billing codes, sizes, dates after a
visit's or a session's word, a claim after an insurer's word). Read with the rules alone."""

from __future__ import annotations

import pytest

from mediflow.quality.phi import PhiType
from mediflow.quality.phi_table import table_findings
from tests.support.phi import found_by_rules as found

T = PhiType


DETECTIONS = [
    # licences: certificates of a birth, a death or a vaccination, certification cards, a licence on file
    # or of a state, a clinician's licence after the name and credential or after a staff field
    ("Birth certificate no. | BC 771-20-884412 |", T.LICENSE, "BC 771-20-884412"),
    ("DEATH CERTIFICATE NO.: DQ55120983\nCAUSE OF DEATH", T.LICENSE, "DQ55120983"),
    ("diver Odile Marr, cert card QK418827\n- weights 6 kg", T.LICENSE, "QK418827"),
    ("Cleared by the medic; certification agency card 07T55120. Next dive", T.LICENSE, "07T55120"),
    ("hi! your yellow card no. is 2023-118845, keep it with the passport", T.LICENSE, "2023-118845"),
    ("dl on file 771208844 (for the ride home)", T.LICENSE, "771208844"),
    ("DL: OR Q7712088\nInsurance: self-pay", T.LICENSE, "OR Q7712088"),
    ("Psychologist: Ines Quade, licensed in Oregon (61-771208)", T.LICENSE, "61-771208"),
    ("Infusion nurse: Odile Marr, RN (8812045). Pharmacist on call.", T.LICENSE, "8812045"),
    ("Dosing nurse: Ines Quade, Q771208. Counselor: Tova.", T.LICENSE, "Q771208"),
    ("Seen at bedside.\nTova Brannigan, IBCLC (QK.7712088)", T.LICENSE, "QK.7712088"),
    ("Licence for the staff pharmacist Odile Marr: QX 77120. Renewal in May.", T.LICENSE, "QX 77120"),
    # phones and faxes: a local number after "to", a bracket or a French label; a fax cue after the number
    # or further back in the sentence; a field's word that ends in "am" is no chat line
    ("Follow-up call to 555-0177 on Monday.", T.PHONE, "555-0177"),
    ("Her number is 555-0133 if the line drops.", T.PHONE, "555-0133"),
    ("You can reach the son on 555-0128 after work.", T.PHONE, "555-0128"),
    ("Tél: 555-0166\nMédecin traitant: inconnu", T.PHONE, "555-0166"),
    ("adjuster Ines Quade (555-0144) will call back.", T.PHONE, "555-0144"),
    ("Records sent to +1 503 555 0190 (fax). Thank you.", T.FAX, "+1 503 555 0190"),
    ("report faxed to the records office at 5035550111.\nSigned", T.FAX, "5035550111"),
    ("Home program fax: 555-0122    Visiting program phone: 555-0188", T.FAX, "555-0122"),
    ("[x] emergency contact Ines F. Marr (503) 555-0175\n[x] chart", T.PHONE, "(503) 555-0175"),
    # SSNs with words between the label and the number
    ("Wallet held SSN card 771 20 8845 and keys.", T.SSN, "771 20 8845"),
    ("Chamber billing: SSN for billing 771208845.", T.SSN, "771208845"),
    ("Sex: F     SSN (insurance): 771 20 8845\nDOB: unknown", T.SSN, "771 20 8845"),
    # record numbers: the VA's ICN, three groups of digits after a name, a table's MRN column
    ("Veteran: Quade, Ines   ICN: 1077120884V771208\nSSN: on file", T.MRN, "1077120884V771208"),
    ("pt QUADE, INES (771-20-88), 71F, fall", T.MRN, "771-20-88"),
    ("Patient | MRN | Drug\nINES QUADE | Q7712088 | cisplatin\n", T.MRN, "Q7712088"),
    # plans, accounts
    ("Medicaid application QW77120884-01. Parole officer to follow.", T.HEALTH_PLAN_ID, "QW77120884-01"),
    ("pt: also my insurance changed, new id QXW771208845 ok?", T.HEALTH_PLAN_ID, "QXW771208845"),
    ("MEMBER ID (CHAMPVA/TRICARE): QKT771208845\nCLAIM #: none", T.HEALTH_PLAN_ID, "QKT771208845"),
    ("Injury recalled in detail. VA claim\n771Q77120884 remains open.", T.ACCOUNT, "771Q77120884"),
    ("URGENT CARE VISIT 771208845\nPT: QUADE, INES", T.ACCOUNT, "771208845"),
    # vehicles
    ("- boat plate/trailer QK 7712\n- computer", T.VEHICLE_ID, "QK 7712"),
    ("we're parking in the garage, car is 771 QKT\nok", T.VEHICLE_ID, "771 QKT"),
    ("Handed over to the receiving team.\nRig QT 77X. No changes en route.", T.VEHICLE_ID, "QT 77X"),
    # devices: plural serials with sides, the list's next code, bare GS1 and HIBCC UDIs, a wrapped line
    ("Hearing aids serials 77QK12088 / 44QT55120. Speech in noise fair.", T.DEVICE_ID, "44QT55120"),
    ("aids issued, serial R QKT771208X / L QT7712088.\n", T.DEVICE_ID, "QKT771208X"),
    ("aids issued, serial R QKT771208X / L QT7712088.\n", T.DEVICE_ID, "QT7712088"),
    ("lot-tracked stent UDI 010077120884571221771208845\n", T.DEVICE_ID, "010077120884571221771208845"),
    ("Internal device UDI: +HQKT7712088/$771208\nProcessor", T.DEVICE_ID, "+HQKT7712088/$771208"),
    ("IP kits reconciled; pump serial\nQT7712088 returned.", T.DEVICE_ID, "QT7712088"),
    # biometrics
    ("Gait lab signature QV7712088 stored.", T.BIOMETRIC, "QV7712088"),
    ("Client: Ines Quade     Voice authentication ID: 77120-Q881\n", T.BIOMETRIC, "77120-Q881"),
    ("Fingerprint record (AFIS): 771208845771   Booking photo: none", T.BIOMETRIC, "771208845771"),
    # photos: a face word a few words before a photo's code, a code that names a photo
    ("camera still of patient face QP-771208; chamber pressurised", T.PHOTO, "QP-771208"),
    ("Identity confirmed by face match to QP-551208.\nCC: low mood", T.PHOTO, "QP-551208"),
    ("Athlete headshot for the team badge: QP-771208\nHistory:", T.PHOTO, "QP-771208"),
    ("- photo ID on chart ID-photo-7712088; wristband checked", T.PHOTO, "ID-photo-7712088"),
    # URLs on the reserved example names
    ("Free until May: book at care.example/p/771208. Questions?", T.URL, "care.example/p/771208"),
    # other identifiers
    ("5. Specimens: Q22-77120, Q23-55120\n6. Vehicle", T.OTHER_ID, "Q23-55120"),
    ("Odile Marr (booking QB771208) released to probation", T.OTHER_ID, "QB771208"),
    ("WATCH OFFICER BADGE QT7712\nCLINICIAN on duty", T.OTHER_ID, "QT7712"),
    ("called re: organ offer, match run QKR771\n- pt agrees", T.OTHER_ID, "QKR771"),
    ("repair sent to manufacturer, RMA 2021-CV-77120, device returned", T.OTHER_ID, "2021-CV-77120"),
    ("Número de participante: Q77-120-8845\nTeléfono: ninguno", T.OTHER_ID, "Q77-120-8845"),
    ("Next cycle in three weeks. Pharmacy order 7712088-12.", T.OTHER_ID, "7712088-12"),
    ("rx sent to pharmacy, 7712088-45. Call if not filled.", T.OTHER_ID, "7712088-45"),
    ("Attending reviewed. Auth requested 7712QKT884.", T.OTHER_ID, "7712QKT884"),
    ("Problems: HCV Ab positive (QT21-7712), latent TB", T.OTHER_ID, "QT21-7712"),
    ("Subjects reviewed: Q77-120-8845 (randomized last week)", T.OTHER_ID, "Q77-120-8845"),
    ("tube | subject | type\nA1 | Q77-120-8845 | plasma\n", T.OTHER_ID, "Q77-120-8845"),
    ("Name Ines Quade   Pod 12A   # Q771208\n", T.OTHER_ID, "Q771208"),
]


@pytest.mark.parametrize(("text", "phi_type", "value"), DETECTIONS)
def test_round11b_rules_find(text: str, phi_type: PhiType, value: str) -> None:
    assert (phi_type, value) in found(text), found(text)


LOOK_ALIKES = [
    # doses, ranges and frequencies are no local phone numbers
    ("titrate 250-1000 mg; audiogram 250-8000 Hz; range 120-1500 mL", None),
    ("increase to 250-1000 as tolerated; dose: 200-1500", None),
    # an ambulance's crew level or arrival time is no plate
    ("ambulance ALS 12 arrived; second ambulance ETA 15 min", None),
    # a face sheet is a form, not a face's photo
    ("Face sheet: ACCT-123456 printed", T.PHOTO),
    # a date after a visit's or a session's word is no account or other code
    ("Next visit 06-Feb-2022. Visit 20240407 kept. Mapping session 25-9-2020.", (T.ACCOUNT, T.OTHER_ID)),
    # a claim after an insurer's word stays a claim
    ("the other driver's insurance claim number CLM77120884513 was noted", T.HEALTH_PLAN_ID),
    # catalogue numbers, billing codes, sizes
    ("REF 1012-34, catalog 7F-220, model A2-S, Fr 14, size 4 cup", None),
    ("CPT 99223, ICD-10 N18.6, Z89.511, D0150 billed", None),
    # a table whose columns name no identifier; a credential before a count
    ("| Drug | Dose | Lot # |\n|---|---|---|\n| Keppra | 500 mg | AB1234 |\n", None),
    ("RN (2 pts), LCSW (3 sessions) covering.", None),
    # face words without a photo's code; a code in brackets after a lab word
    ("Face: symmetric; facial droop absent, NIHSS 0; face mask size M", None),
    ("A1c (7.2) and CrCl (45) reviewed.", None),
    # words that name a certificate or a vehicle without a number
    ("Birth certificate requested; death certificate pending. Rig check done; car is fine.", None),
    ("Program fax is broken; call the office.", None),
    # a comma or a line break after a plan's or a claim's word, then a year, is no wrapped code; a
    # state's ZIP after a name and a comma is no licence
    ("Discussed the plan, 2025 goals set. Plan:\n2025 follow-up booked.", None),
    ("Mail to Ines Quade, PA 19104", T.LICENSE),
]


@pytest.mark.parametrize(("text", "unwanted"), LOOK_ALIKES)
def test_round11b_look_alikes_stay_quiet(text: str, unwanted: PhiType | tuple[PhiType, ...] | None) -> None:
    findings = found(text)
    if unwanted is None:
        assert findings == []
    else:
        kinds = unwanted if isinstance(unwanted, tuple) else (unwanted,)
        assert all(kind not in kinds for kind, _ in findings), findings


def test_a_labelled_row_is_no_header() -> None:
    """ "| MRN | 4471208 |" is a field with its value: the next row's cells are not typed by it."""
    text = "| MRN | 4471208 |\n| Phone | 555-1234 |\n"
    assert list(table_findings(text)) == []


def test_a_header_types_its_column_only() -> None:
    text = "Patient | MRN | Dose\nINES QUADE | Q7712088 | 4 mg\nODILE MARR | 771-20-88 | 120 mg\n"
    assert [(f.type, f.text) for f in table_findings(text)] == [(T.MRN, "Q7712088"), (T.MRN, "771-20-88")]
