"""The planted PHI sets by letter, each imported only when it is asked for.

A set's module is never loaded by a run on other sets, so a held-out set is read only by the runs that
name it. ``TUNING`` are the sets the rules have been tuned on: A-I since tuning round 8, J and K since
round 11 (2026-12-01), L and M since round 12 (2026-12-01), whose misses and false positives each round
read. The shipped classifier is trained on the sets its manifest names (A-M, P-Y, 1, 2 and 5-0). L and M were the held-out
pair until round 12 (their first, unseen runs stay in their READMEs). N and O were written blind while
round 12 ran, by two authors at the same time (N: hospital specialties and allied services; O: patient-
and payer-facing documents outside the chart): they are the held-out pair, their first runs are in their
READMEs, and nobody tunes on them or reads their misses. P and Q were written blind on 2026-12-01 by two
more authors at the same time (P: community, outpatient and public-health settings; Q: machine-made and
system text around the record); their first, unseen runs are in their READMEs, and tuning round 13 (the
same day) read their misses and false positives: they are tuning sets since, and N and O stay held out.
R and S were written blind on 2026-12-02 by two more authors at the same time (R: the back office of a
health system, revenue cycle, medical staff office and identity work; S: emergencies, security and the
edges of life, where identity is uncertain or physical); their first, unseen runs are in their READMEs, and tuning round 15 (the same day) read their misses and
false positives: they are tuning sets since. T and U were written blind on 2026-12-02 by two more authors at
the same time (T: spoken and transcribed care, dictation and speech-recognition drafts, phone lines,
interpreters, messages; U: research, genomics and data exchange); their first, unseen runs are in their
READMEs, and tuning round 16 (the same day) read their misses and false positives: they are tuning sets since.
V and W were written blind on 2026-12-02 by two more authors at the same time (V: long-term, residential and
community-based care; W: care that crosses systems and borders, immigration, military, tribal, correctional and
travel medicine, foreign records); their first, unseen runs are in their READMEs, and tuning round 17 (the same
day) read their misses and false positives: they are tuning sets since.
X and Y were written blind on 2026-12-02 by two more authors at the same time (X: perioperative, procedural and
ancillary operations, from OR boards and anaesthesia records to blood bank, sterile processing and transport; Y:
what patients, families and the public write, diaries, letters, posts, app exports and texts); their first,
unseen runs are in their READMEs, and tuning round 18 (the same day) read their misses and false positives: they
are tuning sets since. Z was written blind later the same day by one more author (allied, ancillary and
home-based outpatient services: dental, optical, hearing, therapies, home health and hospice, home infusion and
specialty pharmacy, DME, sleep labs, behavioural-health intake); its first, unseen run is in its README, and it
is held out like N and O.
Sets 1 and 2 were written blind on 2026-12-03 by two more authors at the same time, once every letter was taken
(1: maternal, newborn and child health; 2: occupational, forensic and legal medicine); their first, unseen runs
are in their READMEs, and tuning round 19 (the same day) read their misses and false positives: they are tuning
sets since, and N, O and Z stay held out.
Sets 3 and 4 were written blind later on 2026-12-03 by two more authors at the same time (3: oncology, transplant and
long-course specialty programmes; 4: psychiatry, addiction and crisis services); their first, unseen runs are in
their READMEs, and they are held out like N, O and Z.
Sets 5 and 6 were written blind later on 2026-12-03 by two more authors at the same time (5: inpatient adult
medicine, critical care and cardiology; 6: imaging, clinical photography, telehealth and connected devices); their
first, unseen runs are in their READMEs, and the classifier was retrained with them the same day: they are tuning
sets since, and N, O, Z, 3 and 4 stay held out.
Sets 7 and 8 were written blind later on 2026-12-03 by two more authors at the same time (7: laboratory medicine
and pathology; 8: pharmacy and medication management); their first, unseen runs are in their READMEs, and tuning
round 21 (the same night) read their misses and false positives: they are tuning sets since (the classifier has
not been trained on them), and N, O, Z, 3 and 4 stay held out.
Sets 9 and 0 were written blind later on 2026-12-03 by two more authors at the same time (9: chronic-disease and
long-term specialty programmes outside oncology; 0: quality, safety, privacy and compliance work inside a health
system); their first, unseen runs are in their READMEs, and tuning round 22 (the same night) read their misses and
false positives: they are tuning sets since, and N, O, Z, 3 and 4 stay held out.
Sets a and b (lower case: every upper-case letter and digit was taken) were written blind on 2026-12-04 by two more
authors at the same time (a: academic medicine and clinical teaching, sign-out lists, case presentations, case
reports, teaching files, learners' logs and evaluations; b: outpatient specialty clinics, ophthalmology, ENT,
dermatology, urology, orthopaedics, neurology, GI, allergy, sleep and pain, and the letters, referrals and forms
around them, in UK, Irish, Australian, Canadian and US styles); their first, unseen runs are in their READMEs, and
tuning round 23 (the same day) read their misses and false positives: they are tuning sets since (the classifier
retrained with them was measured and not shipped), and N, O, Z, 3 and 4 stay held out.
Sets c and d were written blind later on 2026-12-04 by two more authors at the same time (c: emergency and unscheduled
care, ED triage and tracking boards, EMS run reports and radio handoffs, trauma activations and registries, AMA,
elopement and EMTALA forms; d: surgery and the surgical specialties as clinicians write them, consults, operative
reports, burn flowsheets, neurosurgery, vascular, colorectal and breast surgery, consents, post-op calls, implant
registry forms); their first, unseen runs are in their READMEs, and tuning round 24 (the same day) read their misses
and false positives: they are tuning sets since (the classifier has not been trained on them), and N, O, Z, 3 and 4
stay held out.
Sets e and f were written blind later the same day by two more authors at the same time (e: primary care and internal
medicine outpatient practice, wellness and chronic-care visits, nurse triage, refill queues, result and referral
letters, care-gap and panel exports, FMLA and disability paperwork; f: inpatient nursing and the hospital's allied
teams, shift assessments and SBAR handoffs, risk scores, restraint and sitter logs, therapy, dietitian and respiratory
notes, belongings and visitor logs); their first, unseen runs are in their READMEs, and tuning round 25 read their
misses: they are tuning sets since, and N, O, Z, 3 and 4 stay held out.
Sets g and h were written blind later the same day by two more authors at the same time (g: public, population and
community health, case reports and line lists, contact tracing, TB and DOT, STI partner work, lead and environmental
cases, vital records, school nurses, outreach, harm reduction, WIC, quarantine orders; h: care outside the United
States as English-language records write it, NHS, HSE, Australian, New Zealand, Canadian, Indian, South African,
Singaporean, Hong Kong and Gulf records with each country's identifiers); their first, unseen runs are in their
READMEs, and tuning round 26 read their misses: they are tuning sets since.
Sets i and j were written blind later the same day by two more authors at the same time (i: machine-generated health
data as systems write it, HL7 v2 of many kinds, FHIR dumps, X12 and NCPDP, C-CDA, warehouse extracts, SQL, engine and
API logs, dead-letter queues, audit trails, label streams; j: Spanish-language and bilingual care in the United States
and Puerto Rico, with Latin American identifiers); their first, unseen runs are in their READMEs, and tuning round 27
read their misses: they are tuning sets since.
Sets k and l were written blind later the same day by two more authors at the same time (k: scanned, faxed and OCR'd
paper as it reaches a health record, fax covers and headers, records bundles, PDF text with broken columns, OCR damage,
green screens, card and licence scans; l: the many cultures of patients and families in US care and how records handle
their names, name order, particles, patronymics, aliases, merged charts, interpreters, refugee screenings); their
first, unseen runs are in their READMEs, and tuning round 28 read their misses: they are tuning sets since.
Sets m and n were written blind later the same day by two more authors at the same time (m: student, athletic and camp
health, college health centres, counselling intake, athletic trainers' logs, concussion and return-to-play, camp
infirmaries, study-abroad clearances; n: eldercare, guardianship and the paperwork at the end of life, POLST and
proxies, guardianship petitions, APS, hospice, funeral and cremation authorisations, medical examiner intake, organ
donation referrals); their first, unseen runs are in their READMEs, and tuning round 29 read their misses: they are
tuning sets since.
Sets o and p were written blind later the same day by two more authors at the same time (o: patients' coverage and
benefits paperwork from the member's side, EOBs and appeals, coordination-of-benefits and subrogation questionnaires,
ID card scans, Marketplace, Medicaid and Medicare paperwork, COBRA, HSA/FSA, disability and SSDI claims, VA community
care, good-faith estimates and No Surprises disputes; p: HIV, viral hepatitis and sexual and reproductive health
programmes, Ryan White and ADAP, PrEP and PEP, HCV treatment, Title X and LARC logs, STI clinics and partner services,
gender-affirming care letters, syringe services); their first, unseen runs are in their READMEs, and tuning round 31
read their misses: they are tuning sets since.
Sets q and r were written blind later the same day by two more authors at the same time (q: disasters, mass-casualty
incidents and humanitarian and shelter medicine, triage tags, tracking boards, family reunification, evacuation
manifests, shelter logs, MRC and DMAT encounters, power-dependent registries, DMORT intake, FEMA and Red Cross casework,
camp clinics, decontamination logs, ICS messages; r: rehabilitation, disability services and assistive technology,
IRF-PAI admissions, spinal cord and brain injury clinics, prosthetics and orthotics, wheelchair seating and letters of
medical necessity, AAC trials, driver rehabilitation and vehicle modifications, vocational rehabilitation, waivers,
paratransit and placards); their first, unseen runs are in their READMEs, and tuning round 32 (the same night) read
their misses: they are tuning sets since, and N, O, Z, 3 and 4 stay held out.
Sets s and t were written blind later the same day by two more authors at the same time (s: sexual, reproductive and
gender-affirming health, STI and partner services, PrEP and PEP, Ryan White casework, Title X visits and LARC logs,
abortion and early pregnancy loss care, judicial bypass, hormone monitoring, name and gender-marker letters, chosen-name
registration and confidential communications; t: dermatology, aesthetic medicine and plastic surgery, Mohs logs,
total-body photography, dermatopathology, phototherapy and laser logs with unit serials, iPLEDGE, med-spa toxin and
filler logs, breast-implant device cards and recalls, cosmetic quotes, deposits and financing, photo consents and
teledermatology); their first, unseen runs are in their READMEs, and tuning round 33 (the same night) read their
misses: they are tuning sets since, and N, O, Z, 3 and 4 stay held out.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from bench.phi_planted import PlantedNote

# letter: (title, module, the function that makes its notes)
SETS: dict[str, tuple[str, str, str]] = {
    "A": ("A: tuning set (bench.phi_planted)", "bench.phi_planted", "planted_notes"),
    "B": (
        "B: second set (bench.phi_heldout; held out at first, its misses then fixed)",
        "bench.phi_heldout",
        "heldout_notes",
    ),
    "C": (
        "C: third set (bench.phi_fresh; its first-run misses were fixed too)",
        "bench.phi_fresh",
        "fresh_notes",
    ),
    "D": (
        "D: fourth set (bench.phi_unseen; see its README for the first, unseen run)",
        "bench.phi_unseen",
        "unseen_notes",
    ),
    "E": (
        "E: fifth set (bench.phi_e; first run unseen in its README, tuned on since)",
        "bench.phi_e",
        "e_notes",
    ),
    "F": ("F: sixth set (bench.phi_f; tuned on since its first two runs)", "bench.phi_f", "f_notes"),
    "G": (
        "G: seventh set (bench.phi_g; held out until 2026-11-30, tuned on since round 7)",
        "bench.phi_g",
        "g_notes",
    ),
    "H": (
        "H: eighth set (bench.phi_h; held out until 2026-11-30, tuned on since round 8)",
        "bench.phi_h",
        "h_notes",
    ),
    "I": (
        "I: ninth set (bench.phi_i; held out until 2026-11-30, tuned on since round 8)",
        "bench.phi_i",
        "i_notes",
    ),
    "J": (
        "J: tenth set (bench.phi_j; held out until 2026-12-01, tuned on since round 11)",
        "bench.phi_j",
        "j_notes",
    ),
    "K": (
        "K: eleventh set (bench.phi_k; held out until 2026-12-01, tuned on since round 11)",
        "bench.phi_k",
        "k_notes",
    ),
    "L": (
        "L: twelfth set (bench.phi_l; held out until 2026-12-01, tuned on since round 12)",
        "bench.phi_l",
        "l_notes",
    ),
    "M": (
        "M: thirteenth set (bench.phi_m; held out until 2026-12-01, tuned on since round 12)",
        "bench.phi_m",
        "m_notes",
    ),
    "N": ("N: held-out set (bench.phi_n; written unseen, first run in its README)", "bench.phi_n", "n_notes"),
    "O": ("O: held-out set (bench.phi_o; written unseen, first run in its README)", "bench.phi_o", "o_notes"),
    "P": (
        "P: fifteenth set (bench.phi_p; first run unseen in its README, tuned on since round 13)",
        "bench.phi_p",
        "p_notes",
    ),
    "Q": (
        "Q: sixteenth set (bench.phi_q; first run unseen in its README, tuned on since round 13)",
        "bench.phi_q",
        "q_notes",
    ),
    "R": (
        "R: seventeenth set (bench.phi_r; written blind on 2026-12-02, first run unseen in its README, tuned on since round 15)",
        "bench.phi_r",
        "r_notes",
    ),
    "S": (
        "S: eighteenth set (bench.phi_s; written blind on 2026-12-02, first run unseen in its README, tuned on since round 15)",
        "bench.phi_s",
        "s_notes",
    ),
    "T": (
        "T: nineteenth set (bench.phi_t; written blind on 2026-12-02, first run unseen in its README, tuned on since round 16)",
        "bench.phi_t",
        "t_notes",
    ),
    "U": (
        "U: twentieth set (bench.phi_u; written blind on 2026-12-02, first run unseen in its README, tuned on since round 16)",
        "bench.phi_u",
        "u_notes",
    ),
    "V": (
        "V: twenty-first set (bench.phi_v; written blind on 2026-12-02: long-term, residential and community-based care; first run unseen in its README, tuned on since round 17)",
        "bench.phi_v",
        "v_notes",
    ),
    "W": (
        "W: twenty-second set (bench.phi_w; written blind on 2026-12-02: care that crosses systems and borders; first run unseen in its README, tuned on since round 17)",
        "bench.phi_w",
        "w_notes",
    ),
    "X": (
        "X: twenty-third set (bench.phi_x; written blind on 2026-12-02: perioperative, procedural and ancillary operations; first run unseen in its README, tuned on since round 18)",
        "bench.phi_x",
        "x_notes",
    ),
    "Y": (
        "Y: twenty-fourth set (bench.phi_y; written blind on 2026-12-02: what patients, families and the public write; first run unseen in its README, tuned on since round 18)",
        "bench.phi_y",
        "y_notes",
    ),
    "Z": (
        "Z: twenty-fifth set (bench.phi_z; written blind on 2026-12-02: allied, ancillary and home-based outpatient services; held out, first run unseen in its README)",
        "bench.phi_z",
        "z_notes",
    ),
    "1": (
        "1: twenty-sixth set (bench.phi_1; written blind on 2026-12-03: maternal, newborn and child health; first run unseen in its README, tuned on since round 19)",
        "bench.phi_1",
        "one_notes",
    ),
    "2": (
        "2: twenty-seventh set (bench.phi_2; written blind on 2026-12-03: occupational, forensic and legal medicine; first run unseen in its README, tuned on since round 19)",
        "bench.phi_2",
        "two_notes",
    ),
    "3": (
        "3: twenty-eighth set (bench.phi_3; written blind on 2026-12-03: oncology, transplant and long-course specialty programmes; held out, first run unseen in its README)",
        "bench.phi_3",
        "three_notes",
    ),
    "4": (
        "4: twenty-ninth set (bench.phi_4; written blind on 2026-12-03: psychiatry, addiction and crisis services; held out, first run unseen in its README)",
        "bench.phi_4",
        "four_notes",
    ),
    "5": (
        "5: thirtieth set (bench.phi_5; written blind on 2026-12-03: inpatient adult medicine, critical care and cardiology; first run unseen in its README, tuned on since)",
        "bench.phi_5",
        "five_notes",
    ),
    "6": (
        "6: thirty-first set (bench.phi_6; written blind on 2026-12-03: imaging, clinical photography, telehealth and connected devices; first run unseen in its README, tuned on since)",
        "bench.phi_6",
        "six_notes",
    ),
    "7": (
        "7: thirty-second set (bench.phi_7; written blind on 2026-12-03: laboratory medicine and pathology; first run unseen in its README, tuned on since)",
        "bench.phi_7",
        "seven_notes",
    ),
    "8": (
        "8: thirty-third set (bench.phi_8; written blind on 2026-12-03: pharmacy and medication management; first run unseen in its README, tuned on since)",
        "bench.phi_8",
        "eight_notes",
    ),
    "9": (
        "9: thirty-fourth set (bench.phi_9; written blind on 2026-12-03: chronic-disease and specialty programmes; first run unseen in its README)",
        "bench.phi_9",
        "nine_notes",
    ),
    "0": (
        "0: thirty-fifth set (bench.phi_0; written blind on 2026-12-03: quality, safety, privacy and compliance; first run unseen in its README)",
        "bench.phi_0",
        "zero_notes",
    ),
    # once every letter and digit was taken, lower-case letters (``a`` is not ``A``; modules phi_la, phi_lb)
    "a": (
        "a: thirty-sixth set (bench.phi_la; written blind on 2026-12-04: academic medicine and clinical teaching; first run unseen in its README)",
        "bench.phi_la",
        "la_notes",
    ),
    "b": (
        "b: thirty-seventh set (bench.phi_lb; written blind on 2026-12-04: outpatient specialty clinics and their letters; first run unseen in its README)",
        "bench.phi_lb",
        "lb_notes",
    ),
    "c": (
        "c: thirty-eighth set (bench.phi_lc; written blind on 2026-12-04: emergency and unscheduled care; first run unseen in its README)",
        "bench.phi_lc",
        "lc_notes",
    ),
    "d": (
        "d: thirty-ninth set (bench.phi_ld; written blind on 2026-12-04: surgery and the surgical specialties as clinicians write them; first run unseen in its README)",
        "bench.phi_ld",
        "ld_notes",
    ),
    "e": (
        "e: fortieth set (bench.phi_le; written blind on 2026-12-04: primary care and internal medicine outpatient practice; first run unseen in its README)",
        "bench.phi_le",
        "le_notes",
    ),
    "f": (
        "f: forty-first set (bench.phi_lf; written blind on 2026-12-04: inpatient nursing and the hospital's allied teams; first run unseen in its README)",
        "bench.phi_lf",
        "lf_notes",
    ),
    "g": (
        "g: forty-second set (bench.phi_lg; written blind on 2026-12-04: public, population and community health; first run unseen in its README)",
        "bench.phi_lg",
        "lg_notes",
    ),
    "h": (
        "h: forty-third set (bench.phi_lh; written blind on 2026-12-04: care outside the United States as English-language records write it; first run unseen in its README)",
        "bench.phi_lh",
        "lh_notes",
    ),
    "i": (
        "i: forty-fourth set (bench.phi_li; written blind on 2026-12-04: machine-generated health data as systems write it; first run unseen in its README)",
        "bench.phi_li",
        "li_notes",
    ),
    "j": (
        "j: forty-fifth set (bench.phi_lj; written blind on 2026-12-04: Spanish-language and bilingual care in the United States and Puerto Rico; first run unseen in its README)",
        "bench.phi_lj",
        "lj_notes",
    ),
    "k": (
        "k: forty-sixth set (bench.phi_lk; written blind on 2026-12-04: scanned, faxed and OCR'd paper as it reaches a health record; first run unseen in its README)",
        "bench.phi_lk",
        "lk_notes",
    ),
    "l": (
        "l: forty-seventh set (bench.phi_ll; written blind on 2026-12-04: the many cultures of patients and families in US care, and how records handle their names; first run unseen in its README)",
        "bench.phi_ll",
        "ll_notes",
    ),
    "m": (
        "m: forty-eighth set (bench.phi_lm; written blind on 2026-12-04: student, athletic and camp health; first run unseen in its README)",
        "bench.phi_lm",
        "lm_notes",
    ),
    "n": (
        "n: forty-ninth set (bench.phi_ln; written blind on 2026-12-04: eldercare, guardianship and the paperwork at the end of life; first run unseen in its README)",
        "bench.phi_ln",
        "ln_notes",
    ),
    "o": (
        "o: fiftieth set (bench.phi_lo; written blind on 2026-12-04: coverage and benefits paperwork from the member's side; first run unseen in its README)",
        "bench.phi_lo",
        "lo_notes",
    ),
    "p": (
        "p: fifty-first set (bench.phi_lp; written blind on 2026-12-04: HIV, viral hepatitis and sexual and reproductive health programmes; first run unseen in its README)",
        "bench.phi_lp",
        "lp_notes",
    ),
    "q": (
        "q: fifty-second set (bench.phi_lq; written blind on 2026-12-04: disasters, mass-casualty incidents and shelter medicine; first run unseen in its README)",
        "bench.phi_lq",
        "lq_notes",
    ),
    "r": (
        "r: fifty-third set (bench.phi_lr; written blind on 2026-12-04: rehabilitation, disability services and assistive technology; first run unseen in its README)",
        "bench.phi_lr",
        "lr_notes",
    ),
    "s": (
        "s: fifty-fourth set (bench.phi_ls; written blind on 2026-12-04: sexual, reproductive and gender-affirming health; first run unseen in its README)",
        "bench.phi_ls",
        "ls_notes",
    ),
    "t": (
        "t: fifty-fifth set (bench.phi_lt; written blind on 2026-12-04: dermatology, aesthetic medicine and plastic surgery; first run unseen in its README)",
        "bench.phi_lt",
        "lt_notes",
    ),
    "u": (
        "u: fifty-sixth set (bench.phi_lu; written blind on 2026-12-05: social care and community services around health; first run unseen in its README)",
        "bench.phi_lu",
        "lu_notes",
    ),
    "v": (
        "v: fifty-seventh set (bench.phi_lv; written blind on 2026-12-05: neurology, neurosurgery and neurodevelopmental services; first run unseen in its README)",
        "bench.phi_lv",
        "lv_notes",
    ),
}
TUNING = "ABCDEFGHIJKLMPQRSTUVWXY12567890abcdefghijklmnopqrstuv"


def set_keys(text: str) -> str:
    """``text`` checked as a run of set keys, each as written: the sets after Z and the digits are lower-case
    letters (``a`` is not ``A``), so no key is read in another case."""
    unknown = sorted(set(text) - set(SETS))
    if not text or unknown:
        raise ValueError(
            f"unknown set key(s) {''.join(unknown) or '(none given)'}: the keys are {''.join(SETS)} (case matters)"
        )
    return text


def set_notes(letter: str) -> list[PlantedNote]:
    """The notes of set ``letter`` (a letter, or a digit for the sets after Z; its module imported now)."""
    _, module, function = SETS[letter]
    make: Callable[[], list[PlantedNote]] = getattr(importlib.import_module(module), function)
    return make()


def makers(letters: str) -> dict[str, Callable[[], list[PlantedNote]]]:
    """A note maker per letter, importing nothing until it is called."""
    return {letter: (lambda letter=letter: set_notes(letter)) for letter in letters}
