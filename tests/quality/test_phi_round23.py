"""PHI rules of tuning round 23, read off the first contact of sets a (academic medicine and clinical teaching) and b
(outpatient specialty clinics, with letters in UK, Irish, Australian, Canadian and US styles): identifiers abroad in
their own labels and shapes, ranges of dates, towns after a few more words, and serials and ids a few words after their
labels. Each with texts that must fire and look-alikes that must not. The names and values here are fresh (no planted
set uses them)."""

from __future__ import annotations

import pytest

from mediflow.quality.phi import PhiType
from tests.support.phi import found, found_by_rules

T = PhiType


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # phones as the UK and Ireland dial them at home
        ("Please ring the ward on 01632 961 447 to confirm.", T.PHONE, "01632 961 447"),
        ("Secretary (01632) 961447, Mon-Fri.", T.PHONE, "(01632) 961447"),
        ("Mum's mobile 07700 900 461; dad 07700900462.", T.PHONE, "07700 900 461"),
        ("London office 020 7946 0321.", T.PHONE, "020 7946 0321"),
        ("Ring the unit on\n01-555 0172 to rebook.", T.PHONE, "01-555 0172"),
        # postcodes abroad: Canada's, Ireland's Eircode, Australia's after its state's code
        ("Flat 3, 9 Hollybank Road, Moncton, NB E1C 4H7", T.LOCATION, "E1C 4H7"),
        ("12 Seaview Park, Salthill, Co. Galway, H91 X2KD\n", T.LOCATION, "H91 X2KD"),
        ("12 Seaview Park, Salthill, Co. Galway, H91 X2KD\n", T.LOCATION, "Galway"),
        ("Mr Oisin Farrelly\n4 The Orchard\nKells\nCo. Meath\nA82 WK7P\n", T.LOCATION, "A82 WK7P"),
        ("14 Banksia Street, Wagga Wagga NSW 2650\n", T.LOCATION, "Wagga Wagga"),
        ("14 Banksia Street, Wagga Wagga NSW 2650\n", T.LOCATION, "2650"),
        # a town's health or medical centre, as the UK, Ireland and Australia spell it
        ("GP: Dr Whelan, Ballina Health Centre.", T.LOCATION, "Ballina"),
        # a town before a Canadian province's code
        ("Dr. Ines Moreau\nRimouski, QC\n\nRe: your patient", T.LOCATION, "Rimouski"),
        # a social security number's peers abroad
        ("Pt: Mrs Aoife Kinsella  PPSN 6391804KA  DOB 02/03/1951", T.SSN, "6391804KA"),
        ("MRN 004418207   PPSN 7712093X   Medical Card 2231840P", T.SSN, "7712093X"),
        ("SIN on the WSIB form 482 117 305.", T.SSN, "482 117 305"),
        ("NI No JT 48 21 67 B (employer copy)", T.SSN, "JT 48 21 67 B"),
        ("Social insurance number: 482-117-305", T.SSN, "482-117-305"),
        # a clinician's registration with a council or college abroad
        ("Consultant Ewan Baird (GMC 7034451)", T.LICENSE, "7034451"),
        ("Dr Orla Keane, Consultant Dermatologist (IMC 402215)", T.LICENSE, "402215"),
        ("Kind regards, Dr Tane Walker (AHPRA MED0002345678)", T.LICENSE, "MED0002345678"),
        ("Lucie Gagnon, MD FRCPC (CPSO #81234)", T.LICENSE, "81234"),
        ("Referrer: Dr P. Nair, Provider No 4471625B\n", T.LICENSE, "4471625B"),
        # a public plan's card abroad
        ("Health card 4821-337-190-QK   Phone (613) 555-0148", T.HEALTH_PLAN_ID, "4821-337-190-QK"),
        ("MRN K552019   Medical Card 7294015T", T.HEALTH_PLAN_ID, "7294015T"),
        ("UR 6620193   Medicare 3318 52071 4 IRN 2", T.HEALTH_PLAN_ID, "3318 52071 4"),
        # variants a review named: Australia's URN, the NMC's PIN, NI and SIN written otherwise, a spaced PPSN, a GMS card,
        # a spaced ORCID, a lower-case provider number, a Canadian postcode unspaced after its province, an Eircode's label
        ("URN 5063453 / U.R. 4471208", T.MRN, "5063453"),
        ("URN 5063453 / U.R. 4471208", T.MRN, "4471208"),
        ("NMC PIN 12A3456E", T.LICENSE, "12A3456E"),
        ("NI: JT123456B", T.SSN, "JT123456B"),
        ("SIN (Social Insurance Number): 482 117 305", T.SSN, "482 117 305"),
        ("PPSN 1234567 TA", T.SSN, "1234567 TA"),
        ("GMS card 1561026N", T.HEALTH_PLAN_ID, "1561026N"),
        ("ORCID 0000 0002 1825 0097", T.OTHER_ID, "0000 0002 1825 0097"),
        ("provider no. 4471625B", T.LICENSE, "4471625B"),
        ("Sudbury ON P3E3L9", T.LOCATION, "P3E3L9"),
        ("Eircode: A82 WK7P", T.LOCATION, "A82 WK7P"),
        ("Orange NSW 2800 Australia", T.LOCATION, "2800"),
        ("Patient: Yamamoto, Kiri ID: 50792827", T.MRN, "50792827"),
        ("Ring 01 555 0157 to rebook.", T.PHONE, "01 555 0157"),
        ("Serial number (on back) AB12345678", T.DEVICE_ID, "AB12345678"),
        ("Implant serial (prior hip arthroplasty) 5004-3278-650", T.DEVICE_ID, "5004-3278-650"),
        ("ABIS biometric enrollment no.: FH5RGEZ0GHNY", T.BIOMETRIC, "FH5RGEZ0GHNY"),
        # a device printout's patient id, on the line of the patient's field
        (
            "HUMPHREY FIELD ANALYZER\nPatient: Tipene, Rua            ID: 50719284\nDOB: 05/28/1960",
            T.MRN,
            "50719284",
        ),
        # a hospital's record number abroad
        ("UR 6620193   Medicare 3318 52071 4 IRN 2", T.MRN, "6620193"),
        ("Name: Mr Cathal Duffy   Hosp No. 41 27 593   NHS 401 023 2137", T.MRN, "41 27 593"),
        ("Patient: Rua Tipene  DOB: 11/02/1990  Hosp: K738201", T.MRN, "K738201"),
        # a car's registration after its words, in the shapes of the UK's and Ireland's plates
        ("DVLA informed; vehicle reg noted KX71 RBT.", T.VEHICLE_ID, "KX71 RBT"),
        ("Parking permit issued for reg LDZ 4471.", T.VEHICLE_ID, "LDZ 4471"),
        ("Comments: pt drove self (YK68 PNV), advised no driving.", T.VEHICLE_ID, "YK68 PNV"),
        ("His car 152-G-3318 should not be driven.", T.VEHICLE_ID, "152-G-3318"),
        # a biometric template's code in capitals, a gait lab's capture
        ("Biometric check-in iris ID IRS-4K7P-Q29T\n", T.BIOMETRIC, "IRS-4K7P-Q29T"),
        ("Gait-lab template capture: GT448120-R2\n", T.BIOMETRIC, "GT448120-R2"),
        # a researcher's ORCID iD, an e-Referral's booking number, a waiting list's reference, an app's user
        ("Corresponding author: Mere Rangi, ORCID 0000-0002-1825-0097", T.OTHER_ID, "0000-0002-1825-0097"),
        ("UBRN 0931 2280 4417   Received 03/05/2024", T.OTHER_ID, "0931 2280 4417"),
        ("Waiting list ref WL/ENT/55012; current wait 31 weeks.", T.OTHER_ID, "WL/ENT/55012"),
        ("We have placed you on the waiting list (ref WL/URO/40219).", T.OTHER_ID, "WL/URO/40219"),
        ("diary export (CSV)\nuser,usr_q8c2m7x4kd\nemail,x@example.org", T.OTHER_ID, "usr_q8c2m7x4kd"),
        ("Seizure diary (app export, user usr_k4w9qz2m1p).", T.OTHER_ID, "usr_k4w9qz2m1p"),
        ("Observers: Tama Rewi (MS3, AAMC 70931184)", T.OTHER_ID, "70931184"),
        # a face's image by its file's word, a phone after "Family #", an SSN after a word in brackets
        (
            'Reviewer 2 asked whether the figure ("keane_face_frontal.png") could identify her.',
            T.PHOTO,
            "keane_face_frontal.png",
        ),
        ("Family # 2165550177; PCP fax +1 608 555 0142", T.PHONE, "2165550177"),
        ("Policy PZ28161712; SSN (face sheet) 512803377", T.SSN, "512803377"),
        # a camera's raw file of a face
        ("Clinical photo (full face, for site mapping): DSC70341.NEF", T.PHOTO, "DSC70341.NEF"),
        # a device's serial a few words after its word
        ("Pacer in situ (SN on card: PJN881204K) - magnet in drawer", T.DEVICE_ID, "PJN881204K"),
        ("Bed alarm serial (unit 3W-12): 0081293344; incident filed", T.DEVICE_ID, "0081293344"),
        ("CPAP SN will be 517K2290341.", T.DEVICE_ID, "517K2290341"),
        # a code under its column's header in a grid a database shell draws, borders and all
        (
            "+------------+------------+\n| Date       | MRN        |\n+------------+------------+\n"
            "| 2024-08-28 | 002417735  |\n+------------+------------+\n",
            T.MRN,
            "002417735",
        ),
        # both ends of a range of dates
        ("Admitted 03/11/2024-03/19/2024 for cellulitis.", T.DATE, "03/11/2024"),
        ("Admitted 03/11/2024-03/19/2024 for cellulitis.", T.DATE, "03/19/2024"),
        ("Seen 21.05.2024-March 3 in clinic.", T.DATE, "March 3"),
        ("Stay 2024-03-01-2024-03-09 on the ward.", T.DATE, "2024-03-09"),
        ("Dispensing review 09Feb2023-3/8/23; 44 discrepancies.", T.DATE, "3/8/23"),
        ("Stay 01/02/2024-03/08/23 on the unit.", T.DATE, "01/02/2024"),
        ("Stay 01/02/2024-03/08/23 on the unit.", T.DATE, "03/08/23"),
        # a town after "lives", "resident of", a hometown's or a town's bracket, "discharge to"
        ("Daughter drives; lives Ballymote.", T.LOCATION, "Ballymote"),
        ("The hometown (Carrickfergus) was left in the draft.", T.LOCATION, "Carrickfergus"),
        ("ID: 97F, resident of Port Laoise (lives with her son)", T.LOCATION, "Port Laoise"),
        ("Discharge to Tralee.", T.LOCATION, "Tralee"),
    ],
)
def test_round_23_fires(text: str, kind: PhiType, value: str) -> None:
    assert (kind, value) in found_by_rules(text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # the same, with the classifier: nothing it vetoes or retypes
        ("Consultant Ewan Baird (GMC 7034451)", T.LICENSE, "7034451"),
        ("Pt: Mrs Aoife Kinsella  PPSN 6391804KA  DOB 02/03/1951", T.SSN, "6391804KA"),
        ("Admitted 03/11/2024-03/19/2024 for cellulitis.", T.DATE, "03/19/2024"),
    ],
)
def test_round_23_fires_in_the_default_scanner(text: str, kind: PhiType, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # a vertebra and a word in capitals after a comma, no Eircode; a company's "Co. Ltd"
        ("Fractures at L1, T12 WITH cord signal change.", T.LOCATION, "T12"),
        ("Supplied by Harlow Surgical Co. Ltd, order 4471.", T.LOCATION, "Ltd"),
        # a guideline's year after a state's code, no postcode
        ("Managed per the NSW 2024 guideline for sepsis.", T.LOCATION, "2024"),
        # a bare "hospital" before a date (a date, no record number), a urine dipstick
        ("Admitted to hospital 20190612 per the old chart.", T.MRN, "20190612"),
        ("UR 1+ protein on dipstick.", T.MRN, "1+"),
        # a car maker's word, no registration
        ("GMC Sierra parked in bay 4.", T.LICENSE, "Sierra"),
        # a range of doses or of codes, no dates
        ("Titrate 12-3/4/25 per protocol.", T.DATE, "3/4/25"),
        # "lives" and "discharge to" before a word that is no town
        ("She lives Monday to Friday with her son.", T.LOCATION, "Monday"),
        ("Discharge to Rehab.", T.LOCATION, "Rehab"),
        # eleven digits in a row, an encounter's number, not a mobile; a mailbox after a log's "user="
        ("Encounters 7794684838 and 07699308728 reviewed.", T.PHONE, "07699308728"),
        ("AUDIT|user=rua_tipene77@example.org|host=192.0.2.8", T.OTHER_ID, "rua_tipene77"),
        # a policy's code after a biometric word, an account "of the hospital", a plan's code after "PPS"
        ("Palm-vein patient identification, policy COMP-009 applies.", T.BIOMETRIC, "COMP-009"),
        ("Cuenta del hospital: A93788671", T.MRN, "A93788671"),
        ("Member ID (group health) PPS817151423", T.SSN, "817151423"),
        # an interface's image, no face
        ("Screenshot of the surface_map.png attached.", T.PHOTO, "surface_map.png"),
        # a score's fraction, no date: pain and sleepiness scales, a visual field's reliability
        ("Procedure: caudal epidural; ODI 34%; VAS 9/10 -> 4/10.", T.DATE, "9/10"),
        ("Procedure: caudal epidural; ODI 34%; VAS 9/10 -> 4/10.", T.DATE, "4/10"),
        ("ESS 5/24. Neck 39 cm, BMI 24.2.", T.DATE, "5/24"),
        ("Reliability: Fixation losses 4/14, false POS 7%", T.DATE, "4/14"),
        ("VFI 72%, reliability: FL 4/18, FP 7%", T.DATE, "4/18"),
        # a DOI's digits, a manuscript's number, a count's fraction
        ("Reference: JAMA Intern Med 2018; doi:10.7326/M-352-55635-1", T.PHONE, "352-55635-1"),
        ("See doi:10.7326/M.2018.1634 for the series.", T.PHONE, "2018.1634"),
        ("COVER LETTER   Manuscript ID: JHM-26-6539.R1\nTo the editors", T.OTHER_ID, "JHM-26-6539"),
        # an organisation's number: a lab's UKAS accreditation, a practice's ODS code
        ("Lab: Harlow Eye Institute, UKAS ref 7734102 - organisation, not you", T.OTHER_ID, "7734102"),
        # an "ID" on a line that is not the patient's stays another identifier
        ("Technician: Rua Tipene   ID: 50719284", T.MRN, "50719284"),
        ("Patient: Tipene, Rua   Program ID: K30-514-7973", T.MRN, "K30-514-7973"),
        # a review's cases: clinical abbreviations after a word and a comma, no province; doses, vertebrae, guidelines
        ("DDx: Pneumonia, PE.", T.LOCATION, "Pneumonia"),
        ("Cultures sent: Urine, BC.", T.LOCATION, "Urine"),
        ("Hx: Asthma, SK\n", T.LOCATION, "Asthma"),
        ("GIVEN: INSULIN 10 UNITS, D50 25ML IV PUSH.", T.LOCATION, "D50"),
        ("PAIN AT L1, T12 AREA.", T.LOCATION, "T12"),
        ("Sepsis pathway (NSW 2024).", T.LOCATION, "2024"),
        ("Staging: T2N 1M0", T.LOCATION, "T2N"),
        # policies and camera models after a biometric word; versions and settings; a series of results
        ("Palm-vein identification per policy HIM-POL-012 applies.", T.BIOMETRIC, "HIM-POL-012"),
        ("Gait capture with VICON-MX-T40 cameras.", T.BIOMETRIC, "VICON"),
        ("Reference range 1.0.12-1.2.15 noted.", T.DATE, "1."),
        ("Settings 14/5/40-16/8/50 overnight.", T.DATE, "/"),
        ("Serial (x3): 12.5-13.1-14.0 ng/L.", T.DEVICE_ID, "12.5"),
        ("Serial (4 draws) 145-150-152 mmol", T.DEVICE_ID, "145"),
        # a drug's, a lot's, a specimen's spaced numbers, no phones
        ("NDC 00093 715 501", T.PHONE, "00093"),
        ("Lot 01234 567 890", T.PHONE, "01234"),
        ("Specimen 012 3456 7890", T.PHONE, "012"),
        # English words after "lives" or "discharge to", no towns
        ("Discharged to Intermediate Care.", T.LOCATION, "Intermediate"),
        ("Plan: discharge to Virtual Ward.", T.LOCATION, "Virtual"),
        ("She lives Abroad.", T.LOCATION, "Abroad"),
        # another person's field, or a lab's, between the patient's and the "ID"
        ("Patient: Yamamoto, Kiri   Operator: Lee, Dana   ID: 50792827", T.MRN, "50792827"),
        ("PT: 13.2 sec  INR: 1.1  ID: 50792827", T.MRN, "50792827"),
        # dates and scores in brackets after a car's words; a date after "Hospital:"; a coil's model
        ("Pt drove himself (GCS 15) to ED.", T.VEHICLE_ID, "GCS"),
        ("Registration noted DNR 1 on file.", T.VEHICLE_ID, "DNR"),
        ("Hospital: 20240612", T.MRN, "20240612"),
        ("GDC 2000 series coil", T.LICENSE, "2000"),
        # dates after an arrow, a family practice's "FP" and Florida's "FL" stay dates (not read as scores)
        # (see test_round_23_keeps_dates)
        # a line after a grid's border that does not open with a bar is no row of the grid above it
        (
            "Notes\n| Date | MRN |\n| 2024-08-28 | 002417735 |\n+----+\nPlan | 12345678 | follow up",
            T.MRN,
            "12345678",
        ),
        # a serial word before a count, no serial
        ("Serial (see table 3): 2024 units shipped.", T.DEVICE_ID, "2024"),
        # a pressure in psi, no Irish licence
        ("Cuff inflated to 3 psi; SIN 2 noted on the chart.", T.SSN, "2"),
    ],
)
def test_round_23_look_alikes_do_not_fire(text: str, kind: PhiType, value: str) -> None:
    assert [v for k, v in found_by_rules(text) if k is kind and value in v] == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # an arrow, a family practice's "FP", Florida's "FL" or a count before a date: the date stays (a review's cases)
        ("Clinic appt moved 3/14 -> 4/12 per patient request.", "4/12"),
        ("F/u with FP 4/12 for pap.", "4/12"),
        ("Moved from Orlando, FL 6/12 to be near family.", "6/12"),
        ("Cell counts 3/14 and 4/12 drawn.", "3/14"),
    ],
)
def test_round_23_keeps_dates(text: str, date: str) -> None:
    assert (T.DATE, date) in found_by_rules(text)
