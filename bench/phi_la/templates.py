"""Document templates for planted set LA: academic medicine and clinical teaching paperwork in which a
real patient's details travel (sign-out lists, morning report, M&M notes, case-report drafts, teaching
files, case logs, evaluations, consents to teach ...). ``{key}`` placeholders are filled from
``values.identifiers`` (gold) and ``values.lookalikes`` (filler)."""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    # 1 -------------------------------------------------------------------------------------------
    "sa_resident_signout_list": (
        """GEN MED TEAM 4 - NIGHT SIGN-OUT ({pgy} -> {role})   printed {dt_time}
Attending: Dr. {att_last}   Senior: {res_full} ({pgy2}) pgr {pager}
----------------------------------------------------------------------
{bed} | {pt_caps} | MRN {mrn} | DOB {dob} | Code: DNR
  ID: {age90} y/o w/ {dx}, adm {adm} from {osh}
  Illness severity: WATCHER. {vitals}
  Action list: recheck {lab} at {time}; on {dose}; {score}
  Contingency: if MAP <65 call senior, NOT the fellow. Daughter {rel_full} is HCP - {rel_phone}
  Ins: {hpid} (grp {group_no})  FIN {acct}
{bed2} | (no patient name on this line - bed hold)  {icd}  {dose2}
----------------------------------------------------------------------
Synthesis by receiver: {res2_last} read back at {time2}. Do not print off unit ({policy}).""",
        """I-PASS handoff  |  MICU {block}  |  {date_short} night
Pt: {pt_lf}   MRN: {mrn}   Rm {bed}   Code: DNR/DNI (confirmed w/ son {rel_first})
Age {age90}. Lives {street}, {city} {state} alone; neighbour checks in.
I  - STABLE-ish.  {dx} ({icd}); {score2}
P  - {vitals2}; labs {lab2}, {lab3}
A  - wean {brand} per protocol; {dose}
S  - pacer in situ (Medtronic, SN on card: {dev}) - magnet in drawer
S  - receiver {res_last} ({pgy}); sender {res2_full}
Family # {rel_phone}; PCP fax {fax}""",
        """Team B running list (Excel export, do not email)
Room,Name,MRN,DOB,Adm,Dx,To-do,Owner
{bed},"{pt_lf}",{mrn},{dob},{adm},{dx},"f/u {lab} ; {dose}",{res_last}
{bed2},"(cross-cover)",,,,"{dx2}","{score}",{role}
Notes: {pt_first} prefers "{pt_nick}". Wife {rel_full} cell {rel_phone}. Outside records from {osh} (their MRN {mrn2}).
Acct {acct}; Medicare {hpid}. Carried over to {swap1} - {chief_first} approved.""",
    ),
    # 2 -------------------------------------------------------------------------------------------
    "sa_morning_report_case": (
        """MORNING REPORT - {room}, {time2}   Presenter: {res_full} ({pgy})   Facilitator: Dr. {chief_full}
CC: "I can't catch my breath"
HPI: {pt_init} is a {age90}-year-old retired machinist from {hood} in {city} who presented {adm} after
her neighbour found her on the kitchen floor at {street}. EMS: {vitals}.
(Teaching point: ages over 89 still get the full workup.)
Data: {lab}, {lab2}; CXR with {eponym2}? ({slide})
DDx: {dx} vs {dx2}; {score}
Dx: confirmed on {proc_date} (accession {acc}).
Resident's own note, delete before posting: MRN {mrn}, daughter {rel_full} {rel_phone}.""",
        """Morning Report Case Submission Form ({form})
Submitted by: {res_first} {res_last} <{res_email}>   Rotation: {block}, {course}
Patient identifiers MUST be removed before {conf_date} - chief will check.
Patient: {pt_full}   MRN: {mrn}   DOB: {dob}   Adm {adm} -> d/c {dc}
One-liner: {age}M smoker with {eponym} presenting with {dx}.
Key data: {vitals2} / {lab3} / {score2}
Why interesting: unusual presentation; case seen on {date_words} with Dr. {att_last}.
Trauma piece: driver in single-car MVC, car towed (plate {plate}, VIN {vin}) - police report pending.
Room request: {room2}.""",
        """MR {date_short}: "The {age90}-year-old who fell" - speaker notes
- Open with photo? NO (consent pending, file {photo} stays on shared drive)
- {pt_first} {pt_last}, lives {street} {unit}, {city}; son {rel_first} drove her in.
- {vitals}. Then {lab}. {score}.
- Ask group: {eponym}?
- Reveal: {dx}; seen by Dr. {fel_last} (fellow), {role} on board.
- Billing (don't show): acct {acct}, ins {hpid}.""",
    ),
    # 3 -------------------------------------------------------------------------------------------
    "sa_grand_rounds_speaker_notes": (
        """GRAND ROUNDS - {room} - {conf_date} - speaker notes (PowerPoint export)
{slide}: Title. "When {eponym} is not {eponym}" - Dr. {att_full}, CME {cme} AMA PRA Category 1.
{slide2}: Index case. Mr. {pt_last} ({age90} yo), presented to {osh}, transferred {adm}.
   [note to self: blur the wristband - shows MRN {mrn} and DOB {dob}]
   Clinical photo {photo} - FACE VISIBLE, need signed release.
Next slide: {vitals} ; {lab} ; {lab2}
Next: literature - {journal}, {doi}; {journal2} {year2}.
Next: the nephew {rel_full} ({rel_phone}) agreed to let us tell the story.
Q&A moderator: {chief_full}. Recording: {url}""",
        """Grand Rounds {ay} - Presenter checklist for {res_full} ({pgy})
[x] Faculty mentor: {att_lf}
[x] Case patient: {pt_full}, MRN {mrn}, seen {proc_date} in {room2} clinic
[ ] Consent to present obtained? Called {pt_phone} on {sig_date} - left VM
[ ] Remove DOB ({dob}) and address ({street}, {city} {zip}) from slide {count}
[ ] Check photo {photo} per {policy}
Content: {dx}; {score}; {dose}; {brand} vs {brand2}
Outside images pulled from {ip} (PACS gateway) - acc {acc}""",
    ),
    # 4 -------------------------------------------------------------------------------------------
    "sa_mm_slide_speaker_notes": (
        """M&M CONFERENCE - {room} - {conf_date} - CONFIDENTIAL PEER REVIEW
Case #{count}: {dx}
Speaker notes, slide 3: Pt {pt_init}, {age90} y/o, admitted {adm} via ED ({vitals}).
Slide 3b: transferred from {osh} ({city2}).
Slide 4: Timeline - {dt_time} order placed for {dose}; {dt_time2} given. Delay ~{hours} min.
Slide 5: Resident on: {res_full} ({pgy}); attending {att_full}; RN {rn_full}.
Slide 6: Device: infusion pump channel B, serial {dev}, sequestered by biomed.
Slide 7: Outcome: expired {death_date}. Family (husband {rel_full}) informed by Dr. {att_last}.
Safety report {event_no}; MRN {mrn} for the peer-review file only.
Fishbone: {eponym}-type bias; {score}; {lab}""",
        """Surgery M&M - week {week} ({block})
----------------------------------------
Service   | Pt           | MRN       | Event          | Attending
ACS       | {pt_caps} | {mrn} | {dx} | {att_last}
Presenter: {res2_full}, {pgy2}
Narrative: {pt_first} ({age}, {county}) was the restrained driver - vehicle {vin} per trauma flowsheet.
OR {proc_date}, CPT {cpt}. POD 2: {vitals2}. Returned to OR {event_date}.
Implant: mesh lot {dev2} (single unit, explanted).
Discussion points: {eponym2}; {journal} {year2}; {ms} teaching.""",
    ),
    # 5 -------------------------------------------------------------------------------------------
    "sa_case_report_draft": (
        """DRAFT v3 - Case report for {journal} (track changes ON) - DO NOT CIRCULATE
Title: {dx}: an unusual presentation in a nonagenarian
Authors: {res_full}, {author2_full}, {att_full}
Case presentation: A {age90}-year-old woman ([NAME REMOVED?] -> {pt_full}) from {city}, {county}, presented on
{adm} with {vitals}. Labs: {lab}; {lab2}. {score}.
[Comment {res_last}: keep MRN {mrn} here until data check, then delete]
[Comment {att_last}: her pacemaker serial {dev} is in Fig 2 caption - crop it]
Figure 1: clinical photograph ({photo}), face not masked.
Discharged {dc} on {dose}. Follow-up {date_words}: well.
Refs: {journal2}; {doi}.""",
        """Case Report - patient data sheet (author-only appendix)
Name ......... {pt_lf}
DOB .......... {dob}  (age at presentation {age90})
SSN .......... {ssn}  (pasted from face sheet - REMOVE)
Address ...... {street}, {unit}, {city}, {state} {zip}
Phone ........ {pt_phone}
Email ........ {pt_email}
Insurer ID ... {hpid}
Consent for publication signed {sig_date}, witness {rn_full}
Retina scan ID (ophtho imaging) {bio}
Dx {dx} / {icd} / {eponym}""",
        """From: {res_email}
Subject: case report - the ATV patient
Hi Dr. {att_last}, attached draft. {pt_first} {pt_last} ({age}) was thrown from an ATV near {city2};
the sheriff's report lists VIN {vin} and trailer plate {plate}. Admission {adm}, ex-lap {proc_date} ({cpt}).
His sister {rel_full} runs a fundraising page ({url}) with his photo - we must not cite it.
Journal: {journal}. Their submission portal logged me in from {ip}.
Thanks, {res_first}""",
    ),
    # 6 -------------------------------------------------------------------------------------------
    "sa_journal_cover_letter": (
        """{sig_date}

Editor-in-Chief, {journal}
Re: Manuscript {ms_id}, "{dx} masquerading as {eponym}"

Dear Editor,
We submit the enclosed case report. The patient, Mr. {pt_full} (MRN {mrn}), a {age90}-year-old man
seen at {osh} on {adm}, gave written consent on {date_words}; the form is attached.
All authors ({res_full}, ORCID {orcid}; {att_full}) approved the final version.
Corresponding author: {att_full}, {org}, phone {pager}, fax {fax}, email {res_email}.
Sincerely,
{att_last}""",
        """COVER LETTER (resubmission, revision 1)   Manuscript ID: {ms_id}
To the editors of {journal2}:
Thank you for the reviews of our report on {dx}. Reviewer 2 asked whether the figure
("{photo}") could identify the patient - it can; we replaced it. We also removed the date of admission
({adm}) and the hometown ({city}) from the case narrative, and the line citing chart {mrn}.
Prior publication: none (see {doi} for the related series, not this patient).
Contact: {res_full} <{res_email}>, {pt_phone}? - no, that is the patient's number, corrected to {pager}.
Fax for signed forms: {fax}.""",
    ),
    # 7 -------------------------------------------------------------------------------------------
    "sa_teaching_file_entry": (
        """RADIOLOGY TEACHING FILE - new entry
Case ID: {tf_case}   Submitted by: {res_full} ({pgy})   Faculty: Dr. {att_last}
Source exam: accession {acc}, performed {proc_date}
Patient (hidden from learners): {pt_lf}, MRN {mrn}, DOB {dob}
Modality: CT A/P w/ contrast, CPT {cpt}   Finding: {dx}
Teaching points: {eponym}; {lab} for context; {score}
Key images: series 3 img 41-52; face-containing 3D recon exported as {photo} (exclude)
Link: {url}
Uploaded from workstation {ip} at {time}""",
        """Case library import log (CSV)
tf_id,acc,mrn,pt_name,exam_date,uploader,client_ip,topic
{tf_case},{acc},{mrn},"{pt_caps}",{date_iso},{res_last},{ip},"{dx}"
Comment: implanted device visible - {brand2}, serial {dev}; redact in DICOM tag (0018,1000).
Teaching tags: {eponym2}; {icd}; {loinc}""",
        """Neuroradiology Case of the Week ({block}) - draft for {room}
Hx: {age90} y/o man, fall at home ({street}, {city}); CT head {dt_time}.
Answer: {dx}.
Submitted by {res2_full}; original read by Dr. {att_full} (acc {acc}).
Learners: do not search the patient ({pt_last}) in the EMR - audit flags it.
Iris/retina image set from ophtho used for comparison: {bio}
Reference: {journal} {year2}; {doi}""",
    ),
    # 8 -------------------------------------------------------------------------------------------
    "sa_resident_procedure_log_csv": (
        """ACGME Case Log - personal export ({res_full}, {pgy}, ACGME ID {emp_id})
date,role,cpt,procedure,patient_id,site,supervisor,notes
{proc_date},Performed,{cpt},central line IJ US-guided,{mrn},{bed},{att_last},"first-pass, {brand}"
{event_date},Assisted,{cpt2},thoracentesis,{mrn2},{bed2},{fel_last},"{lab}"
Running totals: CVC {count}; LP {count2}; intubation per {policy}.
Patient name for my own tracking (remove before upload): {pt_full}, DOB {dob}
PICC/port serial (tunneled): {dev}""",
        """PROCEDURE LOG - EM RESIDENCY ({ay})   Resident: {res_lf}   NPI {npi}
+--------------+------------+----------------------+-----------+
| Date         | MRN        | Procedure (CPT)      | Sup       |
+--------------+------------+----------------------+-----------+
| {proc_date} | {mrn} | ETI ({cpt})          | {att_last} |
| {event_date} | {mrn2} | reduction ({cpt2})     | {fel_last} |
+--------------+------------+----------------------+-----------+
Row 1 pt: {pt_caps}, {age90}, FIN {acct}. Pyxis access via fingerprint template {bio}.
Counts to date: intubations {count}, central lines {count2}.""",
    ),
    # 9 -------------------------------------------------------------------------------------------
    "sa_sim_debrief_index_patient": (
        """SIMULATION CENTER DEBRIEF - {room}   Scenario: "{dx}"   Session {study_id}
Date: {conf_date}   Facilitators: {att_full}, {coord_full}   Learners: {res_full}, {res2_full}, {stu_full}
Scenario is based on a real index patient: {pt_full} (MRN {mrn}), {age90} y/o from {city}, admitted {adm} to {bed}.
Index case timeline used for the script: {dt_time} arrival; {vitals}; {lab}
Plus/delta: + closed-loop comms ({ms}); - delayed {dose}
Manikin: SimMan 3G (center asset, not patient device). Index pt's LVAD serial {dev} in original record only.
Video of debrief: {url} (learners only; index pt's photo {photo} was NOT used)""",
        """Sim debrief notes (handwritten, transcribed)
Case: trauma - "the pickup truck rollover" - from real pt {pt_last} ({age}), {county}.
Vehicle per EMS: plate {plate} ({state}); VIN {vin}.
ED arrival {dt_time}; massive transfusion; {vitals2}
Learners ({pgy}, {pgy2}): {res_last}, {res2_last}, {stu_first}
Teaching: {eponym}; {score}; {dose2}. Debriefer {att_last}. Room {room2}.
Gait-lab template from index pt's rehab ({bio}) mentioned - removed from slide deck.""",
    ),
    # 10 ------------------------------------------------------------------------------------------
    "sa_student_eval_form": (
        """CLERKSHIP EVALUATION - {course} - {block}
Student: {stu_full}   Student ID: {stu_id}   Email: {stu_email}
Evaluator: {att_lf}   Dates on service: {swap1} to {swap2}
EPA ratings: {epa} level {epa_level}; {ms} {ms_level}; {ms2} {ms_level2}
Narrative: {stu_first} followed {n_pts} patients. Her H&P on {pt_full} ({bed}, adm {adm}) was
excellent - she recognised {eponym} before the team did. She called the patient's daughter,
{rel_first}, at {rel_phone} to clarify history - appropriate but should go through the team.
Areas to improve: presentations over {time2} min. Grade recommendation: Honors.
Submitted {dt_time} from {ip}""",
        """RESIDENT MILESTONE EVALUATION ({ay}) - {pgy}
Resident: {res_full}   Employee #{emp_id}
Rotation: MICU, {block}   Evaluator: Dr. {att_full}
{ms}: {ms_level}   {ms2}: {ms_level2}   PBLI1: 3   PROF3: 4
Comments: Led the code on {pt_lf} ({date_words}), {age90}-year-old with {dx}; correct {eponym2} reasoning.
Missed a {lab} on another patient (MRN {mrn}). Discussed on {sig_date}.
Hours reported: {hours}/week. {score} documented well.""",
    ),
    # 11 ------------------------------------------------------------------------------------------
    "sa_clinical_reasoning_writeup": (
        """Clinical Reasoning Exercise - {course}
Author: {stu_full} ({stu_id})   Preceptor: {att_last}
Patient (initials in final version only): {pt_full}, {age}, from {hood}.
Problem representation: {age}-year-old with {eponym} and {dx} ({icd}).
Illness scripts: {dx} vs {dx2}. Pretest prob ~{pct}; {score}; {score2}
Data: {vitals}; {lab}; {lab2}; {ef}
Bayes: LR+ for {eponym2} ~ 4.
Plan: {dose}; {dose2}. Reassess {date_short}.
Source: chart {mrn}; pt called me from {pt_phone} with home BP logs.""",
        """Diagnostic reasoning write-up (IM sub-I)
ID: {pt_init}, {age90}F, resident of {city} (lives with niece {rel_full}, {street})
Adm {adm}.  {vitals2}
Differential (ranked): 1) {dx}  2) {dx2}  3) {eponym}
Key discriminators: {lab3}; {lab}; {score2}
Cognitive bias check: anchoring on {eponym2}.
Written by {stu_first} {stu_last} <{stu_email}>; reviewed by Dr. {att_last} on {sig_date}.""",
    ),
    # 12 ------------------------------------------------------------------------------------------
    "sa_preceptor_note": (
        """Continuity clinic - PRECEPTOR NOTE
Pt: {pt_lf}   DOB: {dob}   MRN: {mrn}   Visit: {event_date}
I saw and evaluated the patient with Dr. {res_last} ({pgy}). Discussed {dx}; {vitals}.
Agree with plan: {dose}; labs {lab}. Return {date_words}.
Pt's ride: daughter drives (silver sedan, plate {plate}) - valet ticket issue noted.
Preceptor: {att_full}, MD  NPI {npi}  Lic {lic}
Clinic fax {fax}  /  CLIA {clia} (lab)""",
        """Preceptor feedback log - {ay}
Learner: {stu_full} ({pgy})   Site: {osh}
{proc_date}: saw {pt_first} {pt_last} ({age90} y/o, {dx}). Learner presented clearly; missed {eponym}.
{event_date}: home visit at {street} {unit}, {city} {zip} - learner observed; PCP notified by fax {fax}.
Entrustment: {epa} -> level {epa_level}. Milestone {ms} {ms_level}.
Preceptor {att_full}, DEA {dea} (for the controlled Rx that day, {rx_no}).""",
    ),
    # 13 ------------------------------------------------------------------------------------------
    "sa_board_vignette_draft": (
        """Board review question bank - DRAFT ITEM (author {res_full})
Stem: A {age90}-year-old man is brought from his home in {city} because of confusion.
{vitals}. {lab}; {lab2}.
Which of the following is the most likely diagnosis?
(A) {dx}  (B) {dx2}  (C) {eponym}  (D) {eponym2}
Answer: A. Explanation cites {journal} {doi}.
[Author note: based on {pt_full}, MRN {mrn}, admitted {adm} - change details before review!]
[Photo in stem image: {photo} - replace with stock]""",
        """ITEM-WRITING WORKSHOP ({room}, {conf_date})
Vignette #{count} drafted from real case - faculty reviewer {att_last}
"A {age}-year-old woman presents with {dx}..." {vitals2}; {lab3}; {score}
Source chart: {pt_caps} / {mrn} / DOB {dob} / seen {event_date}
Action: scrub - replace age, town ({city2}), and dates. Item status: revise.
Keyed answer: {eponym}.""",
    ),
    # 14 ------------------------------------------------------------------------------------------
    "sa_visiting_student_rotation_log": (
        """VISITING STUDENT ONBOARDING / ROTATION LOG
Name: {stu_full}   Home school student ID: {stu_id}   AAMC/VSLO: {emp_id}
SSN (badge office only): {ssn}   DOB: {stu_dob}
Local address: {street}, {unit}, {city} {zip}   Cell: {pt_phone}
Parking: permit for plate {plate} ({state}), vehicle VIN {vin}
Badge biometric enrolment: palm-vein template {bio}
Rotation: {course}, {block}, {swap1} - {swap2}; preceptor Dr. {att_last}
Patients followed (log): {pt_init} (MRN {mrn}, {dx}); one other ({dx2}) - name not recorded.""",
        """Away rotation daily log - {stu_first} {stu_last} ({stu_email})
Day 3 ({date_short}): admitted {pt_full}, {age90} y/o, {bed}; {vitals}
Day 4: pt's grandson {rel_full} visited; discussed {dx}. Procedures observed: {cpt}.
Day 5 ({event_date}): parking ticket - car {plate} - sent to {coord_full}.
Signed off by {res_full} ({pgy}); evaluation due {sig_date}.
Biometric clock-in ID {bio} linked to {emp_id}.""",
    ),
    # 15 ------------------------------------------------------------------------------------------
    "sa_attending_attestation": (
        """TEACHING PHYSICIAN ATTESTATION
Patient: {pt_lf}   MRN: {mrn}   Acct/FIN: {acct}   DOS: {event_date}
I saw and examined the patient on the date of service with the resident, {res_full}, {pgy}, and agree
with the findings and plan as documented. Critical care time {hours} min excluding teaching. {cpt} / {icd}.
Key findings: {vitals}; {lab}. Age {age90}; DNR confirmed with son {rel_full}.
Attending: {att_full}, MD   NPI {npi}   (Group NPI {group_npi} - billing)
e-signed {dt_time} via fingerprint reader, template {bio}
Payer: Medicare {hpid}; claim {claim}; SSN (face sheet) {ssn}""",
        """ATTENDING ADDENDUM - RESIDENT PROCEDURE SUPERVISION
I was present for the entire procedure ({cpt}, {dose}) performed by Dr. {res_last} on
{pt_full} (DOB {dob}, MRN {mrn}) on {proc_date}.
Device placed: {brand2}, UDI {dev}.
Consent witnessed by {rn_full}. Complications: none. {score}.
{att_lf}, MD  DEA {dea}  State lic {lic}
Billing: FIN {acct}; plan ID {hpid}; group {group_no}
Fax copy to referring office {fax}""",
    ),
    # 16 ------------------------------------------------------------------------------------------
    "sa_chief_schedule_swap_email": (
        """From: {chief_full} <{chief_email}>
To: residents-all
Subject: SWAP APPROVED - {block} nights / clinic

{res_full} ({pgy}) <-> {res2_full} ({pgy2}): night float {swap1} for clinic {swap2}.
{res_last}, your {time2} clinic patient Ms. {pt_last} ({pt_phone}) was moved to {date_words} -
she is {age90} and needs transport, so please call her daughter {rel_first} at {rel_phone}.
Reminder: duty hours cap {hours}/wk ({policy}). Questions: {chief_first}, pager {pager}.""",
        """CHIEF RESIDENT SCHEDULE CHANGE LOG ({ay})
| Date requested | Resident | Covering | Shift | Reason |
| {swap1} | {res_last} | {res2_last} | {block} nights | family |
| {swap2} | {res2_last} | {res_last} | clinic PM | - |
Clinic patients to reschedule: {pt_lf} (MRN {mrn}, {pt_phone}); {dx} follow-up.
Approved {dt_time} by {chief_full}. Copy to {coord_full}, fax {fax}.
Parking: {res_last}'s car (plate {plate}) moved to garage B for the swap week.""",
    ),
    # 17 ------------------------------------------------------------------------------------------
    "sa_teaching_conference_list": (
        """VASCULITIS / ILD MULTIDISCIPLINARY TEACHING CONFERENCE - {room} - {conf_date}
Moderator: Dr. {att_full}   Fellows presenting: {fel_full}, {res2_full}
# | Patient           | MRN      | Age | Question                   | Imaging acc
1 | {pt_caps} | {mrn} | {age90} | {dx}?                     | {acc}
2 | (deferred)        |          | {age} | {dx2}                     |
Case 1 notes: {lab}; {lab2}; {eponym}. Pt from {city}; referred by {osh}.
Action: biopsy {date_short}; call {rel_full} (HCP) {rel_phone}.""",
        """Liver Teaching Conference (non-oncology) - worklist
Date {conf_date}   Room {room2}
{pt_lf}  DOB {dob}  MRN {mrn}  {score}  {lab}
  Hx: {dx}; {eponym2}; TIPS considered. Ins {hpid}.
  Lives {street}, {city} {zip}; transport by {rel_first}.
Presenting fellow: {fel_last}; attending {att_last}; {pgy} observer {res_full}.
Recording posted: {url}""",
    ),
    # 18 ------------------------------------------------------------------------------------------
    "sa_consent_to_teach_form": (
        """CONSENT TO PARTICIPATE IN MEDICAL EDUCATION / CONSENTIMIENTO PARA LA ENSENANZA
Patient name / Nombre: {pt_full}      DOB / Fecha de nac.: {dob}      MRN: {mrn}
I agree that medical students and residents may take part in my care and that my case
may be presented at teaching conferences in {org}. Photographs: [X] yes  [ ] no  (file {photo})
Signature: ______________ ({pt_last})   Date / Fecha: {sig_date}
If signed by representative: {rel_full}, relationship: daughter, phone {rel_phone}
Interpreter: {coord_full} (Spanish)   Witness: {rn_full}
Form {form}   Age {age90} - capacity assessed by Dr. {att_last}""",
        """CONSENT FOR TEACHING AND PHOTOGRAPHY - SCANNED (OCR)
Patlent Narne: {pt_ocr}          MRN {mrn}
Address: {street}   {city}, {state} {zip}
Phone: {pt_phone}    SSN (last form version asked for it): {ssn}
l consent to the use of images ({photo}) and my medical history for the education of
students. This consent may be withdrawn by calling {pager} or fax {fax}.
Signed {sig_date}   Witness {rn_full}   Form {form}""",
    ),
    # 19 ------------------------------------------------------------------------------------------
    "sa_observer_consent_form": (
        """OBSERVER / SHADOWING CONSENT - Patient Agreement
Today ({event_date}) an observer will be present during your visit:
Observer: {stu_full}, pre-medical shadowing student, ID {stu_id}
Patient: {pt_lf}   Chart #: {mrn}   Clinic: {room2}
Patient declined observer for the pelvic exam portion. ({dx})
Patient signature __________   Guardian (if minor, age {age_peds}): n/a
Staff: {rn_full}, RN   Physician: Dr. {att_last}
Observer badge issued with photo {photo}; observer DL {dl} ({dl_state}) checked at front desk.""",
        """PATIENT ACKNOWLEDGMENT - LEARNERS AND OBSERVERS IN THE OR
Patient: {pt_caps}  DOB {dob}  FIN {acct}  Procedure date {proc_date}  CPT {cpt}
Observers: {stu_full} (MS3, {stu_id}); vendor rep for {brand2} (name on sign-in sheet)
Implant serial to be recorded intra-op: {dev}
Patient's emergency contact: {rel_full}, {rel_phone}, {street}, {city}
Consent obtained by {res_full} ({pgy}) in presence of {att_full}. Signed {sig_date}.""",
    ),
    # 20 ------------------------------------------------------------------------------------------
    "sa_lecture_capture_request": (
        """LECTURE CAPTURE / VIDEO RECORDING REQUEST ({form})
Requestor: {res_full} ({pgy}), {res_email}, ext {ext}
Event: Noon Conference - "{dx}: a case"   Room: {room}   Date: {conf_date} {time2}
Will any patient appear on video? [X] Yes - patient {pt_full} (MRN {mrn}) joins remotely
  from home ({city}) via Zoom; her IP on the test call was {ip}.
Speaker voiceprint for auto-captioning: {bio}
Post recording to: {url}   Access: {org} only
Approved by {coord_full} on {sig_date}""",
        """Media services ticket #{count} - lecture capture
Requester: Dr. {att_full}   Course {course}
Session: "Bedside {eponym}" with live patient demo ({pt_first} {pt_last}, {age90} y/o)
Consent for video on file ({sig_date}). Patient face visible - export file {photo}.
Encoder: room {room2} appliance, IP {ip}. Stream {url2}
Contact on day: {coord_full}, {pager}.""",
    ),
    # 21 ------------------------------------------------------------------------------------------
    "sa_bedside_rounds_checklist": (
        """BEDSIDE TEACHING ROUNDS CHECKLIST - Team {week} - {date_short}
[ ] Introduce team to pt ({pt_full}, {bed}) and daughter {rel_first}
[ ] Ask permission for learners ({stu_first}, {res_first}) to examine
[x] Teaching exam: {eponym}; {eponym2}
[x] Review: {vitals}; {lab}
[ ] Pt is {age90} - sit at eye level, hearing aid left ear (serial {dev})
Attending {att_last}; nurse {rn_first}. Chart {mrn}.""",
        """ROUNDS SHEET (printed {dt_time})  PT: {pt_caps}  MRN {mrn}  AGE {age90}  ADM {adm}
DX: {dx}  ICD {icd}   CODE: FULL
TEACH: {eponym} / {score} / {lab2}
FAMILY: {rel_full} {rel_phone}  -  LIVES {street} {city}
TEAM: {att_last} / {res_last} / {stu_last}""",
    ),
    # 22 ------------------------------------------------------------------------------------------
    "sa_qi_project_patient_list": (
        """QI PROJECT: Sepsis bundle compliance on teaching service ({ay}) - REDCap export
record_id,mrn,name,dob,admit,lactate,abx_time_min,insurance_id,acct
{study_id},{mrn},"{pt_lf}",{dob},{adm},"{lab}",{hours},{hpid},{acct}
PI: {att_full}; resident leads: {res_full}, {res2_full}
Data pulled from {ip} on {dt_time}; file at {url2}
Note: row for pt {pt_last} has SSN {ssn} in free text - scrub before sharing.""",
        """QI / PDSA cycle {count} - Falls on 7 West - patient list (limited data set)
Pt            MRN        Age  Fall date    Injury
{pt_init} | {mrn} | {age90} | {event_date} | hip fx ({icd})
(unnamed)  | ---       | {age}   | ---          | none
Zip of residence: {zip}; county: {county}
Bed alarm serial (unit {bed2}): {dev}; incident {event_no}
Team: {res_last} ({pgy}), {rn_full}, mentor {att_last}. Medicare {hpid}. Claim {claim}.""",
    ),
    # 23 ------------------------------------------------------------------------------------------
    "sa_fellow_handoff_text_page": (
        """[Secure chat - Cardiology fellow on call]
{time} {res_last}: hey, new consult - {pt_full} {bed}, MRN {mrn}, {age90}yo, {dx}
{time2} {fel_last}: vitals?
{time} {res_last}: {vitals}. trop {lab}
{time2} {fel_last}: has a device?\x20
{time} {res_last}: ICD, serial {dev}, from {osh}. Their chart {mrn2}
{time2} {fel_last}: ok ill see. call family?\x20
{time} {res_last}: wife {rel_full} {rel_phone}
{time2} {fel_last}: ok. Teaching pt for tmrw {room} - ask her consent""",
        """PAGE LOG - GI fellow ({fel_full})
{dt_time} from {res_full} ({pager}): "{pt_last}, {bed}, {dx}, Hgb dropped, {lab}"
{dt_time2} callback: {score}; plan scope AM; {dose}
Pt DOB {dob}; ins {hpid}; lives {city} - son {rel_first} {rel_phone} will consent if she is confused (age {age90}).""",
    ),
    # 24 ------------------------------------------------------------------------------------------
    "sa_ccc_milestone_minutes": (
        """CLINICAL COMPETENCY COMMITTEE - minutes ({ay}, {block})  Room {room}
Present: {pd_last} (PD), {att_full}, {coord_full}
Resident: {res_full} ({pgy}), employee {emp_id}
{ms} {ms_level}; {ms2} {ms_level2}; EPA {epa_level}
Concern: the event of {event_date} - pt {pt_lf} (MRN {mrn}), {age90} y/o, delayed {dose}; event {event_no}.
Plan: focused review; mentor {att_last}. Next meeting {conf_date}.""",
        """CCC worksheet - resident {res_last}
ACGME ID {emp_id} | NPI {npi} | training license {lic}
Assessments: {ms} {ms_level} / {ms2} {ms_level2} / {epa} {epa_level}
Patient-linked feedback: "managed {pt_first} {pt_last}'s {dx} well on {date_words}" (RN {rn_full})
Procedure log: {count}; duty hours {hours}; remediation no.
Reviewed by {chief_full}, {sig_date}.""",
    ),
    # 25 ------------------------------------------------------------------------------------------
    "sa_case_log_fixedwidth": (
        """CASELOG.TXT  program {program_no}  generated {dt_time}
RESIDENT            DATE        PT_ID       PT_NAME                 CPT    ROLE
{res_last}  {proc_date}  {mrn}  {pt_caps}  {cpt}  SURGEON JR
{res_last}  {event_date}  {mrn2}  --                       {cpt2}  ASSIST
TOTALS: major {count}  minor {count2}
EXCEPTION: row 1 patient age {age90} flagged (>89) - review; DOB {dob}""",
        """OR CASE LOG (fellow) - weekly print
fellow: {fel_full}   lic {lic}   wk {week}
{proc_date} | {pt_lf} | {mrn} | {cpt} | {dx} | implant {dev}
{event_date} | -- | -- | {cpt2} | {dx2} | none
Attending sign-off: {att_last} {sig_date}. Encounter {acct}.""",
    ),
    # 26 ------------------------------------------------------------------------------------------
    "sa_irb_case_report_determination": (
        """IRB / HRPP - Case Report Determination Request
Requestor: {res_full}, {res_email}, ORCID {orcid}
Number of patients: 1 (single case - not human subjects research per {policy})
Patient: {pt_full}, MRN {mrn}, DOB {dob}, seen {adm}-{dc}
HIPAA authorization for publication signed {sig_date} by {rel_full} (legal rep; pt age {age90})
Identifiable elements in manuscript: photo ({photo}); none others.
Target journal: {journal}; manuscript {ms_id}. Faculty sponsor {att_full}, fax {fax}.""",
        """HIPAA AUTHORIZATION - USE OF PHI IN A PUBLISHED CASE REPORT
I, {pt_full} (DOB {dob}), of {street}, {city}, {state} {zip}, authorize {att_full} and
{res_full} to publish information about my {dx} in {journal2}, including images {photo}.
Medical record {mrn}. Health plan {hpid}. SSN {ssn}. Phone {pt_phone}. Email {pt_email}.
This authorization expires on {date_iso}. Signed {sig_date}.""",
    ),
    # 27 ------------------------------------------------------------------------------------------
    "sa_teaching_photo_release_ocr": (
        """=== OCR CAPTURE p1/1 (scanner EDU-02) ===
MEDlCAL PHOTOGRAPHY RELEASE F0R TEACHING
Patient: {pt_ocr}     Rec0rd No.: {mrn}     D0B: {dob}
Photo set: {photo}    Taken: {proc_date}    By: {res_full}
Full-face images: YES   Use: lectures, teaching file {tf_case}
Witness: {rn_full}   Contact fax {fax}
Biometric (face-match) enrolment ID: {bio}""",
        """PHOTO CONSENT LOG - DERMATOLOGY TEACHING (export)
photo_id|patient|mrn|taken|consented_by|use
{photo}|{pt_lf}|{mrn}|{dt_time}|{res_last}|grand rounds
Face: yes. Pt age {age90}. Pt address on file {street}, {city}. Derm attending {att_last}.
Upload host {ip}; album {url}""",
    ),
    # 28 ------------------------------------------------------------------------------------------
    "sa_student_exposure_report": (
        """STUDENT BLOODBORNE EXPOSURE - Occupational Health intake (teaching hospital)
Student: {stu_full}  ID {stu_id}  DOB {stu_dob}  cell {pt_phone}
Date/time: {dt_time}  Location: {bed}  Supervising resident: {res_full}
Source patient: {pt_lf}, MRN {mrn}, acct {acct}  (source consent for testing obtained)
Device: 21G butterfly (stock, lot {stock_lot}) - not tied to patient
PEP: {dose}; baseline {lab}. Follow-up {date_words}. Student insurance ID {hpid}.""",
        """Needlestick on rounds - email from clerkship director
To: {coord_full}   Re: {stu_first} {stu_last}
{stu_first} was stuck while assisting on {pt_caps} ({age90}, {dx}) on {event_date}.
Source labs drawn, acc {acc}. OH case {event_no}. Student's SSN {ssn} was written on the
paper form - shred it. Call her at {pt_phone} or fax forms to {fax}.""",
    ),
}


NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """NIGHT FLOAT CURRICULUM - {ay}
{block}: {pgy} residents cover {n_pts} patients; cap per {policy}.
Teaching topics: {dx}; {eponym}; {score}. Room {room}, {time2}.
Required readings: {journal} {year}; {doi}.""",
    """MORNING REPORT SCHEDULE - {block}
Mon {time2}: {dx} ({room}) - presenter TBD by {role}
Tue: {dx2} - facilitator: {role2}
Wed: board review ({eponym}, {score})
Attendance goal {pct}; CME {cme} hrs.""",
    """M&M template (blank) - {form}
Case #: ___ Service: ___  Presenter ({pgy}): ___
Event classification: {icd}; contributing factors: {eponym}-type bias, handoff.
Data to present: vitals like {vitals}; labs like {lab}.
Do NOT include names, MRNs, or dates. Policy {policy}.""",
    """Grand Rounds abstract: "{dx}: pearls and pitfalls"
Learning objectives: recognise {eponym}; apply {score}; choose {dose}.
References: {journal} {year2} ({doi}); {journal2} {year}.
{room}, {time2}. CME {cme} AMA PRA Category 1 Credit.""",
    """ACGME milestone summary (program-level, de-identified)
{pgy}: {ms} mean {ms_level}; {ms2} mean {ms_level2}
{epa} median level {epa_level}
Program {program_no}; {n_pts} residents; duty hours mean {hours}.""",
    """Procedure competency checklist - central venous catheter ({cpt})
[ ] US guidance ({cpt2})   [ ] full barrier precautions
[ ] Confirm with CXR     Supervised count: {count}
Kit: {brand}, stock lot {stock_lot}; chlorhexidine; lidocaine 1% 5 mL.""",
    """SIM SCENARIO SCRIPT - "{dx}" ({room2})
Manikin initial state: {vitals}
After 5 min without treatment: {vitals2}
Expected actions: {dose}; {dose2}; call {role}.
Labs available on request: {lab}; {lab2}; {lab3}.""",
    """Board review - answer key, set {week}
Q1: {eponym} - classic triad. Q2: {score} threshold.
Q3: {dx} - first-line {dose}. Q4: ICD {icd}; CPT {cpt}.
Q5: A {age}-year-old with {lab}: next step?""",
    """Teaching file - topic index ({block})
{dx} ........ 12 cases
{dx2} ....... 7 cases
{eponym} .... 4 cases
Tags: {icd}, {icd2}; LOINC {loinc}; SNOMED {snomed}.""",
    """Clerkship orientation - {course}
Welcome to {org}. Report to {room} at {time2}.
Expectations: {n_pts} new patients/week; H&P within 24 h; {epa} observed.
Grading: shelf {pct}, clinical {pct}. Policy {policy}.""",
    """Noon conference sign-in sheet ({room}) - {year}
Topic: {dx}   Speaker: {role}
Attendance recorded by badge tap; lunch budget {money}.
Evaluation link distributed by {role2}.""",
    """Vignette style guide for item writers
Use ages like "a {age}-year-old"; avoid real towns and dates.
Labs with ranges, e.g., {lab}. Vitals, e.g., {vitals}.
Answer options: {dx} / {dx2} / {eponym} / {eponym2}.""",
    """PHARMACOLOGY TEACHING CARD - {brand}
Typical dose: {dose}.  NDC {ndc}.  HCPCS {hcpcs}.
Monitor {lab}; hold if {vitals}.
Interaction: {brand2}. Cost per course {money2}.""",
    """QI dashboard (unit-level, aggregated) - {ay}
Sepsis bundle compliance {pct}; median lactate {lab}
Falls per 1,000 patient-days: {count}; {drg} LOS
Policy {policy}; next review {year}.""",
    """Lecture capture request - template ({form})
Room: {room}   Recording type: slides + audio
Patients on video: NONE.   Captions: auto.
Access: {org}. Retention per {policy}.""",
    """Rotation schedule grid ({ay})
{block}: MICU / Wards / Clinic   {block2}: Nights / Elective
{pgy}: 4 weeks; {pgy2}: 2 weeks. Vacation per {policy}.
Coverage ratio: {n_pts} patients per team.""",
    """CCC meeting agenda - {ay}
1. Milestones: {ms}, {ms2} trends
2. {epa} entrustment - level {epa_level}
3. Remediation policy {policy}
Room: {room2}  Time: {time2}""",
    """Bedside teaching pearls - cardiology
{eponym}; {eponym2}; {ef}
Score: {score}. Drug: {dose}.
Codes for documentation: {icd} / {cpt}.""",
    """Case report submission checklist
[ ] CARE checklist  [ ] consent form  [ ] de-identify figures
Journal: {journal}; manuscript {ms_id}; APC {money}.
Related literature: {doi}.""",
    """ICU teaching handout - ventilator basics
Initial settings: {vent}. Reassess with ABG ({lab}).
Sedation: {dose}. Target {score}.
Room {bed} used as the example bed.""",
    """Residency budget memo ({ay})
Conference travel {money}; board review course {money2}
Sim center hours: {hours}; program {program_no}.
Approved by {role}.""",
    """Observer policy summary ({policy})
Observers must wear a badge and be escorted by {role}.
No photography. Patients may decline at any time.
Form {form} retained {count} years.""",
    """Radiology resident reading room rules
Teaching cases: tag with topic ({dx}) and ICD ({icd}), never with names.
Dose reminder: contrast per {policy}; eGFR cut-off 30.
Room {room2}; {time2}-{time} coverage.""",
    """Away rotation offerings ({ay})
{course}: 4 weeks, {n_pts} slots; {block} - {block2}
Application via VSLO; fee {money}. Housing stipend {money2}.
Contact: {org}.""",
    """Lab value teaching table
{lab} | {lab2} | {lab3}
LOINC {loinc}; critical call per {policy}.
Interpretation: consider {dx}.""",
    """Attending attestation - blank template ({form})
"I saw and evaluated the patient with the resident and agree with the plan."
Billing: {cpt}; modifier GC. Critical care {cpt2}. Group NPI {group_npi}. Lab CLIA {clia}.""",
)
