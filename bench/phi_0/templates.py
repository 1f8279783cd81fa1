"""Document styles for planted set 0: quality, safety, privacy and compliance work in a health system.

``{key}`` placeholders are filled from ``values.identifiers`` (typed: gold spans) and
``values.lookalikes`` (untyped filler). No braces appear in the text itself.
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    "s0_fall_safety_event_report": (
        """SAFETY EVENT REPORT  -  {form}
Event #: {ir}        Event type: {evtype} / Falls        {harm}
Facility: {fac}      Unit: {unit}   {room}, {bed}
Patient: {pt_lf}     MRN {mrn}    FIN {fin}    DOB {dob90}   Age: {age90}
Date/time of event: {dt1}    Reported: {dt3}
Reporter: {rep}, RN ({role})     Witness: none

Brief factual description:
Pt found on floor beside bed at {time1} by {rn_f} (CNA). Pt states "I was going to the bathroom".
Bed exit alarm was ON per reporter; alarm unit S/N {dev} did not sound (biomed ticket opened).
Morse Fall Scale {morse} on admission; {drug} given at {time2}. {vit}. No LOC. CT head negative.
ICD-10 {icd1}, place of occurrence {icd2}. Family ({fam}, daughter) notified by phone at {cell}.
Attending Dr. {md_l} notified; post-fall huddle with {role2}. Ref {policy}.""",
        """Incident Report (confidential - prepared for Patient Safety Evaluation System, {cfr})
Report no. {ir} | Entered {d2} by {rep_i}

WHO: {pt}, {age90w}-year-old resident of {city} ({county}) admitted {d1} from {fac2}
WHERE: {unit}, {room}     WHEN: {dt2}
WHAT HAPPENED: Unassisted fall while ambulating to the bathroom in the dark. Low bed in use; floor
mat not in place. Hip pain; XR showed displaced fx, {icd1}. Ortho consulted ({cpt} planned).
Harm: {harm}.  Morse {morse}, Braden {braden}.
Bed: {bedbrand} low bed, serial {dev}.
Contributing factors (reporter's view): staffing {ratio}, call light response > 6 min.
Follow-up: daughter {fam_f} {pt_l} (ph {phone}) requested a meeting with the manager, {mgr}.""",
        """FALL IN PARKING STRUCTURE - VISITOR/PATIENT EVENT   {form2}
Event ID {ir}    Date {d_event}   Time {time1}
Injured person: {pt_caps}   (outpatient, MRN {mrn})   DOB {dob}
Home address: {street}, {apt}, {city}, {state} {zip}    Phone {phone}
Location: Garage B, level 3, near the elevator lobby of {fac}
Vehicle: patient had just parked a grey sedan, plate {plate} ({state}); security ({sub}) photographed the spill.
Description: slipped on hydraulic fluid; abrasion L knee, wrist pain. Taken to ED by wheelchair.
ED dx {icd1}; {vit}. Claims notified ({role3}). {harm}.
Reporter: {rep} ext 4471 - Facilities lead {mgr_l} to review lighting (work order WO-{n2}).""",
    ),
    "s0_med_event_report": (
        """MEDICATION SAFETY EVENT  |  {ncc}
Event no.: {ir}   Submitted: {dt4}   Discovered: {dt2}
Patient: {pt_lf}   MRN: {mrn}   Acct: {fin}   DOB: {dob}
Location: {unit} {room}
Ordered: {drug} by Dr. {md} (NPI {npi})
Given: {drug2} - wrong drug, look-alike vial pulled from {cab} override ({ndc}).
Barcode scan bypassed; scanner on COW did not read wristband.
Patient outcome: {vit2}; {lab}. Transferred to {unit2}. {harm}.
Nurse involved: {rn} (RN lic {rnlic}); pharmacist {rn2_i}.
Disclosure to patient and wife {fam} done {d3} by {md_l} per {policy}.""",
        """Med event - free text entered by {rep_f} on {d2}:
pt {pt_i} in {room} (MRN {mrn}) received {drug} twice, 0800 and again at {time2} because MAR showed it
unsigned after downtime. pump S/N {dev} programmed 10x rate? pharmacy ({rn2}) checking the pump logs.
Categorised {ncc} / {harm}. RRT called, {score}, {vit}. {lab}.
Son {fam_f} at bedside, upset, wants call back at {cell}.
(entered from {ws}, event id {ir})""",
    ),
    "s0_rca2_action_plan": (
        """ROOT CAUSE ANALYSIS (RCA2) - PRIVILEGED & CONFIDENTIAL
Case {ir}   Event date {d_event}   Chartered {d4}   Final {d8}
Facility: {fac}
Event summary: {age90}-year-old patient ({pt_i}, MRN {mrn}) on {unit} developed respiratory depression after
{drug}; naloxone x2; transferred to {unit2}. {harm}.
Team: {rm} (facilitator), {md} MD, {rn} RN, {rn2} PharmD, {mgr} (unit director), a patient advisor.
Timeline excerpt:
  {dt1}  PCA started, pump serial {dev}
  {dt3}  {score}; SpO2 84%
  {dt5}  RRT; {vit}
Root causes / contributing factors:
  1. PCA concentration default in library ({pump} {ver}) did not match order set.
  2. No capnography on {unit}.
Action plan (strength per VA NCPS hierarchy): stronger - hard stop in library; owner {mgr_l}; due {d9}.
Measure: {pct} compliance with EtCO2 monitoring, target 95%. References: {policy}, {policy2}.""",
        """RCA summary for Patient Safety Committee ({qtr})
Event: retained foreign object, {icd1}. Patient {pt_lf}, DOB {dob}, MRN {mrn}, encounter {fin}.
Surgery {d1} in OR 14 with Dr. {md}; counts documented correct x2 (circulator {rn}, scrub {rn2_f}).
Object found on CT {d3} at {fac2}; returned to OR {d4}.
Device: sponge w/ RF tag; RF wand serial {dev2} - wand battery log shows fault code E4.
Causal statements:
  - Lack of a standard count script increased the likelihood that a sponge was missed.
Interviews: {rn}, {rn2}, {md_l}, {role}. Family spokesperson: {fam} ({phone}).
Actions: adopt count policy {policy}; simulation x{n} sessions; audit 30 cases/month ({bench}).""",
    ),
    "s0_sentinel_event_brief": (
        """SENTINEL EVENT - INITIAL NOTIFICATION TO CMO / CNO (within 24 h)
Date: {d2}   Case: {ir}
Category: {evtype} - unanticipated death / severe temporary harm ({harm})
Patient: {pt}  |  {age90} y  |  MRN {mrn}  |  admitted {d1}
Resident of {city}, {county}; lives with spouse {fam} at {street}
Event: {dt1} - found unresponsive on {unit}, {room}. Code blue; ROSC after {n} min. {lab}.
Suspected cause: delay in recognising sepsis ({nhsn}), {icd1}.
Immediate actions: sequester {pump} pump S/N {dev}; preserve {aud1} logs; hold chart review.
Notify: {cmo} (CMO), {rm} (Risk), {ent} (Patient Relations). Root cause analysis due in 45 business days.
TJC reporting decision due {d6}. Coroner case # {case} ({county} Medical Examiner).""",
        """To: {cmo}; {rm_i}; Quality Committee chair
From: {rm}
Re: possible sentinel event - {pt_caps} (MRN {mrn})

{pt_f} {pt_l}, {age90w} years old, fell on {d_event} at {fac} and died {d3} of subdural haematoma ({icd1}).
The patient's grandson, {fam}, phoned me at {phone2} today and asked for a copy of the incident report;
I explained it is a PSWP document under {cfr}. His email is {email}.
Attending: Dr. {md}. Primary RN: {rn}. Please hold {aud2} audit data for the encounter ({fin}).""",
    ),
    "s0_peer_review_referral": (
        """MEDICAL STAFF PEER REVIEW REFERRAL - {form}
Confidential per state peer review statute. Do not file in the medical record.
Practitioner under review: {md_lf}, MD    Dept: {unit}
NPI {npi}   State licence {lic}   DEA {dea}
Referral source: {rep} ({role}) on {d2}
Case: {pt_i}, MRN {mrn}, encounter {fin}, admitted {d1}, discharged {d5}
Trigger: unplanned return to OR within 48h ({cpt}); {icd1}.
Preliminary reviewer: Dr. {md2} (NPI {npi2})
Scoring (Level 1-4): pending.  Committee date {d7}.
Reviewer notes: {drug} dose appropriate; delay from {time1} to {time2} in recognising bleed; {lab}.""",
        """PEER REVIEW WORKSHEET  {form2}
Reviewee........: Dr. {md}  (lic. {lic})
Reviewer........: Dr. {md2_lf}
Pt / MRN........: {pt_lf} / {mrn}
DOS.............: {d1}
Indicator.......: mortality within 24h of procedure ({drg})
Standard of care: [ ] met  [X] met with opportunity  [ ] not met
Summary: {age}-year-old with {eponym}; {vit}; {lab}. Reviewer believes rescue was appropriate but
documentation of the {time1} call with {rn} is missing.
Sent to reviewee {d4} by email ({email4}); response received {d6}.""",
    ),
    "s0_mm_conference_list": (
        """DEPARTMENT OF SURGERY - MORBIDITY & MORTALITY  {qtr}   ({fac})
Presenter: Dr. {md_l} (PGY-4)   Moderator: Dr. {md2}

#  Patient                                 MRN        Age  Event date   Complication
1  {r1_name}                                {r1_mrn}   {r1_age}   {r1_d}   anastomotic leak, {icd1}
2  {r2_name}                                {r2_mrn}   {r2_age}   {r2_d}   death - PE, {icd2}
3  {r3_name}                                {r3_mrn}   {r3_age}   {r3_d}   SSI-OS, {nhsn}
4  {r4_name}                                {r4_mrn}   {r4_age}   {r4_d}   unplanned ICU transfer

Case 2 discussed in detail: {drug}; {lab}; Caprini 7; VTE prophylaxis held for {days} h.
Teaching points: {eponym}; return to OR rate {pct} vs {bench}.""",
        """Medicine M&M  -  case list for {d2}
Case A: {r1_name} ({r1_age}), MRN {r1_mrn}; admitted {r1_d}; {icd1}; died hospital day {days}.
Case B: {r2_name}, {r2_age} y, MRN {r2_mrn}; {r2_d}; delayed dx of {eponym}; {score}.
Case C: {r3_name}, {r3_age}, MRN {r3_mrn}; event {r3_d}; hypoglycaemia, {lab2}.
Attendings: {md}, {md2}. Residents: {rn_f} {rn_l}, {rn2_i}.
Please bring slides to {unit2} conference room by {time1}. Mortality index {pct2} of expected.""",
    ),
    "s0_falls_registry_csv": (
        """falls_registry_export.csv ({fac})
event_id,mrn,patient,age,fall_date,unit,injury_level,morse,bed_alarm_sn
{ir},{mrn},"{pt_lf}",{age90},{d_event},{unit},{harm},{morse},{dev}
{r1_acc},{r1_mrn},"{r1_name}",{r1_age},{r1_d},{unit2},minor,{braden},
{r2_acc},{r2_mrn},"{r2_name}",{r2_age},{r2_d},{unit3},none,{morse},
{r3_acc},{r3_mrn},"{r3_name}",{r3_age},{r3_d},{unit},major,{morse},
# rate this month {rate}; benchmark {bench}; exported by {rep_i} {dt8}""",
        """FALLS WITH INJURY - MONTHLY REGISTRY   (fixed width, source: safety event system)
MRN        NAME                      AGE  DATE        UNIT              LEVEL
{r1_mrn}   {r1_name}   {r1_age}   {r1_d}   {unit}   minor
{r2_mrn}   {r2_name}   {r2_age}   {r2_d}   {unit2}   moderate
{r3_mrn}   {r3_name}   {r3_age}   {r3_d}   {unit3}   major (hip fx {icd1})
{r4_mrn}   {r4_name}   {r4_age}   {r4_d}   {unit}   none
{mrn}   {pt_caps}   {age90}   {d_event}   {unit2}   moderate
Falls {rate} | injury falls {rate2} | NDNQI comparison {bench} | prepared by {mgr} on {d9}""",
    ),
    "s0_hapi_registry": (
        """HOSPITAL-ACQUIRED PRESSURE INJURY (HAPI) REGISTRY - {unit}   {qtr}
Reported by WOC nurse {rn} | validated {d8}
--------------------------------------------------------------------------------
PT NAME              MRN          AGE  DOB         FIRST NOTED  STAGE / SITE
{r1_name}   {r1_mrn}   {r1_age}   {r1_dob}   {r1_d}   {stage} sacrum ({icd1})
{r2_name}   {r2_mrn}   {r2_age}   {r2_dob}   {r2_d}   MDRPI ear - O2 tubing
{pt_lf}   {mrn}   {age90}   {d1}   {d3}   {stage} heel, L89.6-
--------------------------------------------------------------------------------
Support surface for {pt_l}: low-air-loss rental, serial {dev}, delivered {d2}.
Braden {braden}; {lab}. Prevalence {pct}; {bench}. {hcpcs}.""",
        """Pressure injury case review - {pt} (MRN {mrn}, encounter {fin})
DOB {dob90} ({age90} yo). Admitted {d1} from {fac2}.
Found {d3} on {unit} {room}: {stage} to coccyx 3.2 x 2.5 cm. {icd1}. POA? No (skin check on admit intact).
Specialty mattress {surface} S/N {dev} placed {d4}. Turning compliance 61% per audit.
Braden on admission {braden}. {lab}. Dietitian ({role}) consulted.
Spouse {fam} lives at {street}, {city} {zip} - requests update calls to {phone}.
Reviewer: {rn2}, CWOCN, {d6}.""",
    ),
    "s0_malpractice_claim_intake": (
        """PROFESSIONAL LIABILITY - NEW CLAIM INTAKE
Claim No.: {claim}    Received: {d6}    Reserve: {money}
Claimant: {pt}   DOB {dob}   SSN {ssn}
Address: {street}, {city}, {state} {zip}
Medicare beneficiary? Yes - MBI {mbi} (Section 111 reporting required)
Plaintiff counsel: {atty}, Esq., {street2}, Suite 400, {city2}, {state} {zip2}
   tel {phone2} / fax {fax} / {email2}
Defendants: {fac}; Dr. {md} (NPI {npi}); {rn}, RN.
Allegation: failure to diagnose compartment syndrome after {cpt} on {d1}; {icd1}.
MRN {mrn}; encounters {fin}, {acct}.
Litigation hold issued {d7} (see legal hold {case}).""",
        """Claims adjuster note - {d8}
Spoke w/ attorney {atty_l} ({phone2}) re: claim {claim} ({pt_lf}, MRN {mrn}). Demand letter dated
{d5} seeks {money2}. Medical expenses per lien: {money}; {rev}; {drg}.
Health plan lien from payer - member ID {mbr}, group {grp}.
Case filed {county} Superior Court, no. {court}; defence counsel {atty2} ({email2}).
Expert review by Dr. {md2} scheduled; records requested from {fac2}.""",
        """NOTICE OF INTENT / PRE-SUIT - summary
Claimant {pt_caps}, SSN {ssn}, DOB {dob}, of {city}, {state}.
Event {d_event}: {evtype}; {harm}. Treating: {md}. Encounter {fin}.
Counsel: {atty} - {email2} - facsimile {fax}
Payer: member {mbr}; Medicare MBI {mbi}.
Claim # {claim} opened by {rm} on {d3}; reserve {money}.""",
    ),
    "s0_litigation_hold_notice": (
        """LEGAL HOLD NOTICE - DO NOT DESTROY
Matter: {pt_l} v. {fac} et al., Case No. {court}
Issued: {d2}   Issued by: {rm}, Office of General Counsel
Custodians:
  {md}              {email4}
  {rn}              ext. 2281
  {emp} (HIM)      {email3}
  {u1_lf} (IT)
Scope: all records for patient {pt_lf}, MRN {mrn}, DOB {dob}, encounters {fin} and {acct}, from {d1}
through present; {aud1}/{aud2} audit trails; pump logs for S/N {dev}; email, Teams, Vocera messages.
Shared folder: {url2}
Questions: {rm_f} at {phone}. Acknowledge by {d4} ({form}).""",
        """From: {rm_i} <{email5}>
Sent: {dt2}
To: {u1}; {u2}; {emp}
Subject: Preservation - claim {claim}

Please preserve every record relating to {pt} (MRN {mrn}), including EHR audit data from {d1} to {d5},
incident report {ir}, and CCTV from camera 12 (still image {photo}).
Plaintiff's counsel {atty} has served a preservation letter; court case {court}.
Thanks, {po_f}""",
    ),
    "s0_privacy_incident_investigation": (
        """PRIVACY INCIDENT INVESTIGATION  -  Case {case}
Opened {d2} by {po} (Privacy Officer)    Risk assessment per {cfr}
Type: misdirected fax
Summary: discharge summary for {pt} (MRN {mrn}, DOB {dob}) was faxed on {dt2} to {fax2} instead of
Dr. {md}'s office fax {fax}. Recipient ({sub}, a private individual in {city}) called {phone2} to report it.
Data elements: name, DOB, MRN, diagnoses ({icd1}, {icd2}), medications, insurance ID {mbr}.
Sent by: {emp} (employee ID {eid}) from {unit}, device {ws}.
Attestation of destruction received {d4}. Four-factor assessment: low probability of compromise.
Breach determination: NOT a reportable breach. Patient informed by phone ({phone}) on {d5}.""",
        """Privacy case {case} - working notes ({po_i})
{d3}: complaint from {pt_f} {pt_l} via email ({email}) - believes co-worker {sub} looked at her chart.
{d4}: ran access report for MRN {mrn}; user {uid1} ({u1}) opened chart {dt3} from IP {ip1}, {ws}.
No treatment relationship; {u1_f} works in {unit2}. Also {aud3} at {dt4}.
{d5}: interview with {u1_l}, union rep present. Admitted curiosity (neighbour on {street}).
Sanction: final written warning per {policy}. Retraining {d7}.
Patient letter mailed to {street3}, {city} {zip}.""",
        """INCIDENT: Unencrypted email with PHI sent outside the organisation
Case # {case} | Reported {dt1} | Investigator {po}
Sender {emp} ({email3}, emp ID {eid}) forwarded a spreadsheet listing {n} patients, including
{pt_lf} (MRN {mrn}, SSN {ssn}), to a personal account {email}. Attachment link: {url2}
Access log shows download from {ip2} on {dt5}. DLP rule {policy2} fired; email quarantined after {time1}.
Outcome: link revoked; {org} notified; {n2} records reviewed.""",
    ),
    "s0_breach_notice_letter": (
        """{d5}

{pt_caps}
{street_caps} {apt}
{city_caps} {state} {zip}

Re: Notice of Data Breach

Dear {pt_f} {pt_l},
We are writing to tell you about an incident that may have involved some of your health information.
On {d1}, we learned that a laptop belonging to a workforce member was stolen from a car in {city2}.
The laptop held a report that included your name, date of birth ({dob}), medical record number ({mrn}),
health plan member ID ({mbr}) and, for some patients, Social Security numbers.
We have arranged 24 months of credit monitoring at no cost. Your personal activation link is
{url} (code expires 90 days from this letter).
If you have questions, please call our dedicated line (toll-free, Mon-Fri 8 to 6), reference {case}.

Sincerely,
{po}
Privacy Officer""",
        """NOTICE OF PRIVACY INCIDENT  (Spanish version enclosed / Versión en español adjunta)
{d4}
To the family of {pt} - c/o {fam}
{street}, {city}, {state} {zip}

Estimado/a {fam_l}:
On {d2} an employee of our billing vendor emailed a file to the wrong recipient. The file contained
your family member's name, account number {acct}, dates of service {d1} and Medicaid ID {mcd}.
The recipient confirmed deletion on {d3}. Reference number {case}.
You may view a copy of your record request status at {url}.
{po_f} {po_l}, Privacy Office   |   {email5}""",
    ),
    "s0_ehr_access_audit_export": (
        """ACCESS AUDIT - patient {pt_lf}  MRN {mrn}   requested by Privacy ({case})
timestamp            user_id    user_name           event                      workstation   ip
{dt1}   {uid1}   {u1_lf}   {aud1}   {ws}   {ip1}
{dt2}   {uid1}   {u1_lf}   {aud2}   {ws}   {ip1}
{dt4}   {uid2}   {u2_lf}   {aud3}   {ws2}   {ip2}
{dt6}   {uid3}   {u3_lf}   {aud4}   VPN   {ip3}
Report run {dt8} by {po_i}. Filters: all events, {ver}.""",
        """"audit_ts","login","name","action","mrn","src_ip","reason"
"{dt1}","{uid2}","{u2}","{aud1}","{mrn}","{ip1}",""
"{dt3}","{uid2}","{u2}","{aud2}","{mrn}","{ip1}",""
"{dt5}","{uid1}","{u1}","{aud3}","{mrn}","{ip2}","{btg}"
"{dt7}","{uid3}","{u3}","{aud4}","{mrn2}","{ip4}",""
# patient: {pt_caps}, dob {dob}; export by {emp} for {case}""",
        """User activity report - {u1} ({uid1}), {unit}
Period {d1} to {d3}
{dt2}  login OK from {ip1}
{dt3}  {aud1}  pt {r1_name}  MRN {r1_mrn}
{dt4}  {aud2}  pt {r2_name}  MRN {r2_mrn}
{dt5}  {aud3}  pt {pt_lf}  MRN {mrn}  <-- VIP flag
{dt6}  logout
Flagged by proactive audit rule VIP-01; reviewer {po} to interview manager {mgr}.""",
    ),
    "s0_break_glass_review": (
        """BREAK-THE-GLASS REVIEW WORKSHEET  ({form})
Patient: {pt}   MRN: {mrn}   Restricted: sensitive ({cfr2})
BTG access: {dt2} by {u1_lf} ({uid1}), role {role}, from {ip1} ({ws})
Reason selected: "{btg}"   Free text: "covering for {md_l}"
MFA: badge tap + fingerprint, biometric credential {bio}
Reviewer determination: [ ] appropriate  [X] refer to Privacy
Notes: user's unit is {unit2}; no order, note, or care-team membership. Prior BTG {d1} also flagged.
Reviewed by {po} on {d4}; manager {mgr} notified {d5}.""",
        """BTG daily queue - {d3}
1) {dt1} | {uid2} {u2} | pt {r1_name} ({r1_mrn}) | "{btg}" | IP {ip2} | OK - ED treating
2) {dt3} | {uid1} {u1} | pt {pt_lf} ({mrn}) | "Other (free text required)": "family friend asked" | IP {ip1} | REFER
3) {dt5} | {uid3} {u3} | pt {r2_name} ({r2_mrn}) | "{btg}" | IP {ip3} | OK - pharmacy verify
Item 2 referred to privacy case {case}; reviewer {po_i}.""",
    ),
    "s0_disclosure_accounting": (
        """ACCOUNTING OF DISCLOSURES  ({cfr})
Patient: {pt_lf}    DOB {dob}    MRN {mrn}
Requested {d6} by patient; mailing address {street}, {apt}, {city} {zip}
Period covered: 6 years prior to request

Date        Recipient                               Purpose                      Items
{d1}   {county} Health Department              communicable disease report  lab {loinc}
{d2}   {atty}, attorney (subpoena, {court})     legal proceeding             records {d1} to {d3}
{d3}   State Medical Board                      health oversight             chart copy
{d4}   Dr. {md2} (fax {fax})                    research - waiver IRB #2021-0{n}   study {study}
Prepared by {emp}, HIM, {d7}. Fee: none (first request in 12 months).""",
        """Disclosure log entry (HIM ROI) - {d5}
Pt: {pt}  MRN {mrn}  Acct {fin}
Disclosed to: Adult Protective Services, {county} - worker {sub}, ph {phone2}, fax {fax2}
Authority: required by law, elder abuse report; {age90}-year-old patient.
Content: ED note {d3}, photos of injuries (not face), {icd1}; SSN {ssn} per APS intake form.
Released by {emp_i} ({eid}); method: fax.""",
    ),
    "s0_amendment_request_decision": (
        """REQUEST TO AMEND HEALTH INFORMATION  ({form}, {cfr})
Name: {pt}   Other names used: {pt_nick}   DOB: {dob}
MRN: {mrn}    Phone: {cell}    Email: {email}
Address: {street}, {city}, {state} {zip}
Entry to amend: progress note dated {d1} by Dr. {md}
Requested change: "I never said I drink daily. Please correct the alcohol history."
Received {d2}   Due (60 days) {d8}
Decision: DENIED IN PART - author states the note accurately reflects the interview.
Statement of disagreement accepted {d9}; linked to record. Reviewer: {emp}, HIM ({email3}).""",
        """{d4}
{pt_lf}
{street}
{city}, {state} {zip}

Dear {pt_nick}:
Re: your amendment request received {d2} (HIM case {case})
Your request to correct your date of birth from {dob2} to {dob} and your insurance number to {mbr}
has been ACCEPTED. We will notify {fam} and {fac2}, whom you identified, and your health plan.
You can view the corrected record in the portal: {url}
Questions: {emp}, Health Information Management, {phone}, fax {fax}.""",
    ),
    "s0_hipaa_authorization_form": (
        """AUTHORIZATION FOR USE OR DISCLOSURE OF PROTECTED HEALTH INFORMATION   {form}
Patient name: {pt}      Date of birth: {dob}      MRN: {mrn}
SSN (optional): {ssn}   Phone: {phone}
Address: {street} {apt}, {city}, {state} {zip}
I authorize: {fac}
To release to: {atty}, {street2}, {city2} {zip2}   Fax: {fax}   Email: {email2}
Information: records from {d1} to {d3}; excludes psychotherapy notes; includes 42 CFR Part 2 SUD records: [X] yes
Purpose: at the request of the individual
Expires: {d9}
Signature: /s/ {pt_i}    Date: {d4}    If signed by representative: {fam}, relationship: POA""",
        """HIPAA AUTH - scanned (OCR)
Pat1ent: {pt_ocr}     D0B: {dob}
Med Rec #: {mrn_ocr}
Insurance ID: {mbr}  Group {grp}
Release to: Dr. {md2}, fax {fax}
Purpose: continuity of care
Expiration: {d8}
Signed {d2}  witness {wit}""",
    ),
    "s0_nhsn_hai_worksheet": (
        """NHSN HAI DETERMINATION WORKSHEET - {nhsn}
Patient: {pt_lf}  MRN {mrn}  DOB {dob}  Sex F  Unit {unit} ({room})
Admit {d1}   Central line placed {d2}   Device days {days}
Positive blood culture {d4}: MRSA, accession {acc}; repeat {d5} accession {acc2}
Infection window period {d3} to {d6}; date of event {d4}; RIT through {d9}
Secondary BSI? No.  POA? No.  {nhsn2} excluded.
Criteria met: {nhsn}. {lab}; {vit}.
Unit rate {rate2}; {sir}. Reported to NHSN by {icp}, IP, {d7} ({nhsnorg}).""",
        """IP surveillance note - CAUTI review
{pt} ({mrn}), {age}-year-old, {unit2}. Foley inserted {d1} in ED, removed {d5}.
UA/UCx {d4}: >100,000 CFU/mL E. coli (accession {acc}). T 38.4 C on {d4}.
Meets {nhsn}? yes - HAI, attributed to {unit2}. {drug}.
Reviewed w/ {md} and charge RN {rn}. Entered {dt6} by {icp_i}. {rate2}; {bench}.""",
    ),
    "s0_outbreak_line_list": (
        """OUTBREAK LINE LIST - Norovirus, {unit}   (IP: {icp})   updated {dt7}
#  Name                 MRN         Age  Room    Onset        Specimen       Result
1  {r1_name}   {r1_mrn}   {r1_age}   {room2}   {r1_d}   {r1_acc}   GII pos
2  {r2_name}   {r2_mrn}   {r2_age}   {room}   {r2_d}   {r2_acc}   GII pos
3  {r3_name}   {r3_mrn}   {r3_age}   {room2}   {r3_d}   {r3_acc}   pending
4  {r4_name}   {r4_mrn}   {r4_age}   {room}   {r4_d}   {r4_acc}   neg
Staff ill: {emp} ({eid}), {rn} - excluded 48h after symptoms resolve.
Reported to {county} Health Dept on {d2}; contact {sub}, {phone2}. Attack rate {pct}.""",
        """COVID-19 cluster - {unit2} - IP investigation {case}
Index: {pt_lf} (MRN {mrn}), {age90} yo, positive {d1} (accession {acc}), visited by {fam} on {d_nodate}.
Contacts:
  {r1_name}, {r1_age}, MRN {r1_mrn}, exposed {r1_d}, test {r1_acc}
  {r2_name}, {r2_age}, MRN {r2_mrn}, exposed {r2_d}, test {r2_acc}
  {r3_name}, {r3_age}, MRN {r3_mrn}, exposed {r3_d}, test {r3_acc}
HCW contacts: {rn}, {rn2}, {emp}. N95 fit testing current ({lot}).
Notified {county} epidemiologist {sub} ({phone2}) {d3}. {icd1}.""",
    ),
    "s0_needlestick_exposure": (
        """EMPLOYEE HEALTH - BLOOD/BODY FLUID EXPOSURE REPORT   {form}
Employee: {emp_lf}    Emp ID {eid}    DOB {dob2}    SSN {ssn2}
Job: RN, {unit}    Licence {rnlic}    Cell {cell}
Exposure date/time: {dt1}    Reported to EH: {dt3}
Device: {gauge}, {sharps} safety device, engaged? no
Source patient: {pt_lf}, MRN {mrn}, DOB {dob} - consented to rapid HIV/HBV/HCV testing (accession {acc})
Source results {d2}: HIV Ag/Ab non-reactive, HBsAg non-reactive, HCV Ab non-reactive.
Employee baseline labs drawn; hep B immune (anti-HBs 84 mIU/mL). PEP not indicated. {lot}.
Follow-up {d6} and {d9}. Workers' comp claim {claim}. Clinician: {md}, EH.""",
        """Sharps injury log (OSHA 29 CFR 1910.1030) - entry {ir}
Date: {d_event}  Dept: {unit2}  Procedure: {gauge} during insulin admin
Injured worker: {emp} (ID {eid2}) - SSN {ssn2} - home {street}, {city} {zip}
Source: known - {pt} (MRN {mrn})  Source testing: accession {acc}
Worker phone {phone3}; supervisor {mgr}. Incident reviewed by {icp} on {d4}. {ratio} ratio noted.""",
    ),
    "s0_survey_plan_of_correction": (
        """PLAN OF CORRECTION - response to Statement of Deficiencies (Form CMS-2567)
Provider: {fac} ({ccn})    Survey exit date: {d2}    POC submitted: {d5}
Deficiency {tag}: restraint order not renewed (Patient #3).
  Patient #3 identified in the confidential key as {pt_lf}, MRN {mrn}, {age90} years, restrained {d1}.
  Corrective action: {rn2}, CNO, re-educated {n} RNs by {d6}; audit 30 charts/month x 3 months.
Deficiency {tag2}: hand hygiene observed at {pct}.
  Responsible: {icp}, Infection Prevention. Completion date {d8}.
Surveyor team lead: {srv}. Questions to {mgr}, Director of Accreditation, {phone}.""",
        """Survey response memo - complaint survey {case} ({state} Dept. of Health)
Complainant: {fam} ({email}), regarding {pt} ({mrn}), admitted {d1}, discharged {d3}.
Allegation: call light unanswered {time1} to {time2}; fall at {dt2}.
Findings: substantiated in part. {tag}. Evidence: nurse call log, {aud1} audit, staffing grid ({ratio}).
Staff interviewed: {rn}, {rn2}, {mgr}. Surveyor: {srv}. POC due {d6}.""",
    ),
    "s0_compliance_hotline_intake": (
        """COMPLIANCE HOTLINE - INTAKE   Report key {hl}
Received {dt2} via web form   Anonymous: No
Reporter: {rep} ({email3}) - callback {cell}
Subject(s): {sub}, {unit2}; {md}, MD
Category: conflict of interest / kickbacks (Stark/AKS)
Allegation: Dr. {md_l} receives "consulting" payments from a device rep; rep parks a white SUV,
plate {plate}, in the physician lot every Tuesday. Rep's name believed to be {wit}.
Attachments: IMG of parking pass (no faces). Referred to {org} by {po}, {d4}.""",
        """Hotline call transcript summary - {hl}
{dt1}. Caller (gave name {rep_f}, employee {eid}) reports that a coworker, {sub}, is copying patient
face sheets. Saw {sub_l} photograph a screen with her phone - patient {pt} (room {room2}).
Caller believes {sub_f} drives a {car} with plate {plate}; VIN on parking permit {vin}.
Follow-up number {phone2}. Case assigned to {po}; privacy case {case} opened {d3}.""",
        """Ethics line report {hl} - {d2}
Concern: billing for services not rendered, {cpt} x{n} for patient {pt_lf} (acct {fin}, member {mbr}).
Reporter: anonymous; callback via portal only. Named employee: {sub} (coder, ID {eid}).
Related: provider Dr. {md} NPI {npi}. Amount at issue approx {money}. {rev}, {drg}.""",
    ),
    "s0_policy_attestation_roster": (
        """ANNUAL POLICY ATTESTATION - {fy}   Policy {policy} / {policy2}   Dept {unit}
emp_id,name,email,licence,attested_on,status
{eid},"{emp_lf}",{email3},{rnlic},{d2},COMPLETE
{eid2},"{rn_lf}",{email4},{lic},{d4},COMPLETE
{uid1},"{u1_lf}",,,{d5},OVERDUE
{uid2},"{u2_lf}",,,,NOT STARTED
Manager: {mgr}. Completion {pct} (goal 100%). Report run {dt8}.""",
        """HIPAA privacy & security attestation - {fy}
I, {emp}, employee ID {eid}, RN licence {rnlic}, have read and understand {policy} and {cfr}.
I understand access to records of family members, including my own, without a work need is prohibited.
Time-clock enrolment: fingerprint template {bio} (used only for timekeeping).
Badge photo on file: {photo}
Signed electronically {dt4} from IP {ip1}.""",
    ),
    "s0_drug_diversion_investigation": (
        """DRUG DIVERSION INVESTIGATION - {case}   (Pharmacy / Compliance / HR)
Subject: {emp_lf}, RN, employee {eid}, licence {rnlic}, SSN {ssn2} (board report)
Trigger: {cab} anomalous usage report: {drug} waste 3.4x peers on {unit}.
Cabinet access by biometric login (finger template {bio}) at {dt2}, {dt3}, {dt5}.
Patients involved: {r1_name} (MRN {r1_mrn}), {r2_name} (MRN {r2_mrn}); {pt_lf} (MRN {mrn}) denies
receiving PRN doses charted at {time1}.
Witness for waste: {rn2} - states she did not witness (her bio ID {bio2} not used at the times charted).
Reporting: State Board of Nursing {d6}; DEA Form 106 filed {d7} under {fdea}.
For-cause drug screen {d3}; result positive. Investigator {po}.""",
        """Diversion committee minutes {d4}
Case {case}: {emp} (ID {eid}, lic {rnlic}); dispensing review {d1}-{d3}; {n} discrepancies.
Prescriber of record Dr. {md} (DEA {dea}) confirms no PRN order for {drug2}.
Security footage stills {photo} show subject at cabinet at {time2}. Vehicle {plate} seen leaving lot.
HR action: termination {d5}; board report; police report {court}.""",
    ),
    "s0_device_medwatch_report": (
        """MEDWATCH FORM FDA 3500A (mandatory) - internal draft
A1 Patient identifier: {pt_i}  (in confidence)   A2 Age: {age90}   Date of birth: {dob90}
B3 Date of event: {d_event}   B4 Date of this report: {d4}
B5 Describe event: infusion pump stopped without alarm during {drug}; {vit}; no lasting harm.
D1 Brand: {pump}   D4 Model 8015   Serial #: {dev}   UDI: {udi}
D6 Implanted? N    D9 Device available for evaluation: yes, quarantined {d2}
E Reporter: {rm}, {fac}, phone {phone}
Internal: MRN {mrn}, event {ir}. Manufacturer complaint #MC-{n2}.""",
        """Device-related safety event - implant
Patient {pt} (MRN {mrn}, DOB {dob}) - ICD shock storm {dt1}.
Device: ICD serial {dev2}; lead serial {dev}; UDI {udi}. Implanted {d1} by Dr. {md}.
Recall notice reviewed ({icdbrand} advisory); device interrogated {d3}: {score}.
Reported via {form}; biomed {emp}. Patient {age}-year-old, lives in {city}.""",
    ),
    "s0_security_incident_report": (
        """SECURITY INCIDENT REPORT - {ir}   Type: elopement / missing patient (Code Green)
Date {d_event}  Time {time1}  Location {unit} ({room})
Patient: {pt} ({age90} y/o, dementia, {eponym}), MRN {mrn}
Description: patient left unit via stairwell; last seen on camera CAM-14, still {photo}.
Patient's own vehicle, {car} sedan plate {plate} (VIN {vin}), found missing from lot C.
Police notified; officer {sub} badge 2281; report {court}. Patient located {dt4} at {street}, {city}.
Son {fam} notified ({phone2}). Officer on duty {wit}. Photo ID on file {photo2}.""",
        """Workplace violence event {ir} - ED triage
{dt2}: visitor {sub} (DL {dl}) became aggressive toward RN {rn}. Security officers {wit}, {rep}.
Visitor's vehicle plate {plate} recorded at entry; CCTV face still {photo} sent to {county} Sheriff.
Patient visited: {pt} (MRN {mrn}). RN injuries: contusion; employee health visit {d2}.
Trespass warning issued; vehicle description in {fac} security log.""",
    ),
    "s0_grievance_response_letter": (
        """{d6}

{pt}
{street}, {apt}
{city}, {state} {zip}

Re: Grievance {case} (received {d2})
Dear {pt_f},
Thank you for telling us about your stay on {unit} from {d1} to {d3}. You were concerned that your car
(plate {plate}) was damaged by valet staff, and that your call light was not answered.
We reviewed the valet log and camera recordings; we will reimburse {money2}.
On the call light, {mgr} has reviewed response times with the team.
This letter closes your grievance per {cfr}. If unsatisfied, you may contact the {state} Department of
Health or the Quality Improvement Organization.
{ent}, Patient Relations  |  direct {phone3}  |  {email5}""",
        """Grievance log entry {case}
Rec'd {d2} by phone from {fam} ({phone}), spouse of {pt_lf} (MRN {mrn}, acct {fin}).
Issue: billing - charged {money} for {cpt} not received; member ID {mbr} not billed.
Assigned {ent}; 7-day letter sent {d4}; resolution {d6}. Category: billing / communication.""",
    ),
    "s0_biometric_consent_audit": (
        """PATIENT BIOMETRIC IDENTIFICATION - ENROLMENT & CONSENT AUDIT   ({fac})
Program: palm-vein patient identification, policy {policy}
mrn,patient,dob,template_id,photo_ref,consent_signed,enrolled_by
{mrn},"{pt_lf}",{dob},{bio},{photo},{d1},{uid1}
{r1_mrn},"{r1_name}",{r1_dob},{bio2},{photo2},,{uid2}
Findings: 1 of 2 records missing signed consent ({r1_last}); template retained in violation of state
biometric privacy law. Action: purge template {bio2} by {d5}. Auditor {po}.""",
        """Biometric enrolment exception report {d3}
Patient {pt} (MRN {mrn}) enrolled palm scan {bio} at registration desk 4 on {dt2} by {u1}.
Face photo for wristband/ID {photo} captured at the same visit.
Patient later revoked consent ({d4}) by email from {email}; deletion confirmed {d6}, ticket {hl}.""",
    ),
    "s0_social_media_privacy_complaint": (
        """PRIVACY COMPLAINT - social media
Case {case}   Received {d2}   From: {fam} (daughter), {email}, {cell}
Complaint: a staff member posted a photo of the complainant's mother, {pt} ({age90}), in her bed on
{unit}, room visible, to a public account: {url}
Photo file as downloaded by Privacy: {photo}
Employee identified: {emp} ({eid}), CNA. Post removed {d3}. HR referral; {policy}.
Patient MRN {mrn}; {fac}. OCR complaint possible; notify {org}.""",
        """From: {po} <{email5}>
Date: {dt3}
Subject: RE: post on staff member's page

{fam_f}, thank you for forwarding the link ({url}). We confirmed the image ({photo}) shows your
father {pt_f} {pt_l} on {unit}. The employee, {emp_f} {emp_l}, is on administrative leave.
Our privacy case number is {case}. Investigator {po_l} direct line {phone}.""",
    ),
}

NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """Patient Safety Committee - {qtr} dashboard
Falls with injury: {rate} ({bench}). HAPI stage 2+: {pct}. CLABSI {sir}. CAUTI {rate2}.
Events reported: {n2}; {harm} {n}. Top event type: {evtype}. Policy {policy} revised ({formv}).""",
    """Event taxonomy crosswalk ({form}): {evtype} -> Common Formats v2.0; harm per {harm}.
Place of occurrence {icd2}; external cause {icd1}. Reviewed by {role} and {role2}. {year} edition.""",
    """RCA2 action hierarchy refresher ({org}, {year}): stronger actions include forcing functions and
standardised equipment ({brand}, {brand2}); weaker actions include training and new policy ({policy}).
Target: {pct2} of action plans with at least one stronger action by {fy}.""",
    """M&M summary, {unit}, {qtr}: {n} cases; {age}-year-old with {eponym}; {drug}; {lab}; {vit}.
Return to OR {pct}; mortality O/E {ratio}. {drg}; {cpt}. Presented by {role}.""",
    """NHSN monthly reporting checklist ({nhsnorg}, {fy}):
- {nhsn}: {n} events, {dd} central line days, {rate2}
- {nhsn2}: {n} events; {sir}
- LabID denominators due by the 30th. Contact {role3}. {ccn}; {clia}.""",
    """Hand hygiene observations {unit}/{unit2}: {pct} ({n2} opportunities), benchmark {bench}.
Glove supply: {lot}. Isolation signage per {policy}. Next audit {qtr}.""",
    """Pressure injury prevalence day ({qtr}): {n} HAPI among {n2} patients ({pct}); {stage} x{n}.
Braden <= {braden} triggers WOC consult. Surfaces: {brand3}, {hcpcs}. {icd1}; {icd2}.""",
    """Break-the-glass configuration {ver}: reasons offered - "{btg}"; audit events {aud1}, {aud2}.
Alert fires to {org2} within 15 min; retention 6 years per {cfr}. Workstations {ws}, {ws2} exempt.""",
    """Access audit rule library (IT security, {policy}): rule {aud3} threshold {n} events/h; rule {aud4}
for exports; same-last-name rule; VIP flag. Reviewed {qtr} by {role2}. Tested on {ver}.""",
    """Employee Health sharps summary {year}: {n} percutaneous injuries; {gauge} most common; {pct2} with
safety feature engaged. Hep B series ({lot}); PEP starter packs restocked ({ndc}).""",
    """Plan of correction template ({form}): deficiency {tag}; responsible role; completion date; monitoring
{pct2} x 3 months; report to QAPI. Cite {cfr2}. Facility {ccn}; {fnpi}.""",
    """Compliance program metrics {fy}: hotline reports {n2}; substantiated {pct}; average days to close {days}.
Top categories: privacy, HR, billing ({rev}, {drg}). Recoupments {money}.""",
    """Privacy incident risk assessment - four factors ({cfr}): nature and extent of PHI; unauthorised person;
whether PHI actually acquired; extent mitigated. Notification within 60 days ({cfr2}). Template {form2}.""",
    """Accounting of disclosures - exclusions: TPO, to the individual, incidental, per authorisation ({form}).
Log retention 6 years. Fee after first request in 12 months: {money2}. Process owner: {role}.""",
    """Amendment request workflow ({policy2}): log within 2 business days; decision within 60 days, one
30-day extension. Denial letter {form2} {formv}. Volume {fy}: {n} requests, {pct2} accepted.""",
    """Medication safety huddle {unit}: {drug} vs {drug2} look-alike vials stored apart; {ndc}. {cab} override
rate {pct}. Event {ncc}. Smart pump compliance {pct2} ({brand2} library {ver}).""",
    """Sentinel event policy ({policy}) - definitions per {org}: death, permanent harm, severe temporary harm.
RCA within 45 business days. Examples: fall with {icd1}; retained object {icd2}; wrong site ({cpt}).""",
    """Outbreak definition ({unit3}): >= 3 cases of acute gastroenteritis within 72 h; {nhsn}. Specimen:
{loinc}. Attack rate {pct}. Terminal clean with sporicidal; {lot}. Report to local health dept.""",
    """Falls program: Morse >= {morse} high risk; {brand3} bed alarms; hourly rounding; {score}.
Injury falls {rate2}; {bench}. Post-fall huddle within {days} min. Policy {policy}.""",
    """Survey readiness tracer - {unit}: {tag}; {tag2}. {n} of {n2} charts compliant ({pct}). Restraint
orders renewed q24h for {age2}-year-olds and older; {eponym} patients reviewed by {role3}.""",
    """Litigation hold process ({policy2}): custodians notified by {role}; systems - EHR, PACS, {brand},
email. Reserve guidelines: {money} to {money2}. Claim categories: {evtype}. {year2} data.""",
    """Drug diversion analytics ({cab}): waste ratio > 2.0x peers; {drug}; {drug2}. {n} alerts in {qtr}.
Reporting to DEA ({fdea}) and board. Cabinet biometric login required per {policy}.""",
    """Device recall coordination {year}: {pump} pumps firmware {ver}; {n2} units house-wide; stock lot
{lot}. MedWatch {form}. No patient-level data in this notice. {hcpcs}.""",
    """Infection control risk assessment {fy}: top risks CLABSI ({sir}), CDI ({rate}), SSI after {cpt}.
{lab}; antibiogram {year}. Goals set with {org} and {role2}. {tin}.""",
    """Policy attestation campaign {fy}: {n2} workforce members; {pct} complete; {policy}, {policy2}.
Reminder cadence 7/14/21 days. Escalation to {role}. Form {form} {formv}.""",
    """Quality scorecard {qtr}: PSI-90 {ratio}; sepsis bundle {pct}; readmissions {pct2}; {drg}.
Lab QA: {lab}; {lab2}; {clia}. Pharmacy {ncpdp}. Time stamps {time1}-{time2}.""",
)
