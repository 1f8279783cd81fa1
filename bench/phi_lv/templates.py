"""Document templates for set V: neurology, neurosurgery and neurodevelopmental services.

``TEMPLATES`` maps a note type to 2-4 templates; ``{key}`` is filled from ``values.identifiers`` (typed:
gold spans) and ``values.lookalikes`` (untyped filler). ``NEGATIVE_TEMPLATES`` use look-alike keys only.
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    "sv_emu_video_eeg_admission": (
        """EPILEPSY MONITORING UNIT - ADMISSION NOTE
{facility}   {room}
Patient: {pt_lf}    MRN: {mrn}    DOB: {dob}    FIN {fin}
Admit: {visit_dt}   Attending: {dr1}, MD   Fellow: Dr. {dr2_last}
Pt ID verified x2 (name/DOB) + PatientSecure palm scan, template {palm}; ID photo on file {photo}.

HPI: {age_y} yo {hand} pt with {sz_type} seizures since age {age_onset}, {sz_freq}, on {aed} and {aed2}.
Last event {d_prev_short}. Referred by {dr3} ({facility2}) for characterization / presurgical eval.
Plan: {titr_aed}. Continuous video-EEG, {montage}. Seizure precautions per {policy}, pads up, bed alarm.
Ativan 2 mg IV PRN GTC >5 min. Family ({relation}) {parent} at bedside, cell {phone}.
Home: {street}, {city}, {state} {zip}.
ICD-10 {icd_sz}; anticipated LOS {days} days (CPT {cpt} per 24h).
""",
        """EMU Day 1 admit / vEEG hookup
NAME {pt_caps}   MR# {mrn}   Acct {acct}
Adm {d_admit}  Exp d/c {d_dc}
Electrodes applied {time1} by {tech} (R. EEG T.), {montage}; impedances <5 kOhm; collodion.
Camera 2 + IR on. Patient ID photo: {photo}. Wristband + palm-vein ({palm}) scanned.
Meds to taper: {aed}  -> {titr_aed}
Sz hx: {sz_type}; semiology = behavioral arrest, R hand automatisms. {eponym} noted post-ictally in {year}.
Emergency contact: {parent_lf} ({relation}) {phone} / alt {phone2}
Pt lives in {city} ({county}). Vitals {vitals}.
Signed {dr1} {visit_dt}
""",
        """Video EEG Monitoring - Discharge Summary
{pt} | {mrn} | DOB {dob} | Age {age_y}
Admitted {d_admit}, discharged {d_dc} from {facility}.
Recording duration {hours} h; study no. {eeg_no}. Typical events captured x{count}: {sz_type}.
Ictal onset: {eeg_find}. Interictal: {eeg_find}.
AEDs resumed: {aed}. Driving: counselled per state law ({state_rule}); not to drive until cleared.
Follow-up with {dr2} on {d_next} in epilepsy clinic. PCP {dr3}, fax {fax}.
Video clips archived; patient face-capture still {photo} attached to report for identification.
Dictated by {dr1}, {visit}
""",
    ),
    "sv_routine_eeg_report": (
        """ELECTROENCEPHALOGRAM REPORT            EEG #: {eeg_no}
Patient Name: {pt_lf}        MRN: {mrn}
Date of Birth: {dob}         Date of Study: {visit}
Referring: {dr3}, {facility2}
Technologist: {tech}         Acquisition workstation {ip}
Clinical history: {age_y}-year-old with {sz_type2} and {eponym}. Meds: {aed}.
Technique: digital EEG, {montage}; HV 3 min, photic 1-30 Hz. Sleep: stage N2 achieved.
Findings: {eeg_find}. {eeg_find}.
Impression: abnormal EEG ({icd_sz}). Clinical correlation advised.
Interpreted by {dr1}, MD, NPI {npi}  CPT {cpt}
""",
        """EEG Lab - Routine Study
{pt_caps}  /  {mrn}  /  {visit_caps}
Indication: {sz_type2}, first event {d_onset}.
Ordering provider {dr2} (NPI {npi2}) - results to fax {fax}.
Montages reviewed: {montage}; {montage}.
Background: {eeg_find}.
Activation: HV produced {eeg_find}; photic: no response.
EKG lead: regular, 72 bpm.
Summary: {eeg_find}. Reader {dr1} ({time2}).
""",
        """Pediatric EEG (sleep-deprived)
Child: {pt}   DOB {dob_child}   MRN {mrn}
Parent/guardian: {parent} ({relation}) phone {phone}
Study date {visit}, tech {tech_first}. Room {room}.
Hx: {age_child}-year-old with staring spells in class at {school}; teacher reports {sz_freq}.
Findings: {eeg_find}. No {eponym} features.
Impression: consistent with {sz_type}. Will discuss with family at visit {d_next}. - {dr1}
""",
    ),
    "sv_seizure_diary_app_csv": (
        """# SeizureTrack export v{ver}  user={email}  device_ip={ip}
# patient={pt} dob={dob} mrn={mrn}
# shared_with={dr1} ({email_staff}) link={url}
event_date,time,type,duration,trigger,rescue,notes
{d_prev_iso},{time1},{sz_type2},{dur},missed dose,none,woke up confused
{visit},{time2},{sz_type2},{dur},sleep loss,intranasal midazolam 5 mg,mom ({parent_first}) witnessed
{d_next_short},{time3},{sz_type2},{dur},menses,none,"felt deja vu, then {eponym}"
""",
        """Seizure diary (patient-kept) - transcribed by {nurse}, RN
Patient {pt_lf}, MRN {mrn}, DOB {dob}
Contact: {email} / {phone}
Date        Time   Type                     Dur     Rescue
{d_prev_short}  {time1}  {sz_type}  {dur}  none
{d_prev2_short}  {time2}  {sz_type2}  {dur}  Valtoco 10 mg
{visit}  {time3}  {sz_type2}  {dur}  none
Caregiver {parent} notes the events cluster around {sz_freq}. App account synced from {ip} on {d_sent}.
Shared-view URL: {url}
""",
        """From: SeizureTrack notifications <no-reply@example.org>
To: {email_staff}
Subject: Weekly diary summary for {pt}
{pt_first} logged {count} events this week ({sz_type2}); longest {dur} on {d_prev_short}.
Current regimen: {aed}. Sleep avg 6.1 h. Last sync {visit_dt} from IP {ip2}.
Open the full diary: {url}
Patient DOB {dob} - MRN on file {mrn}
""",
    ),
    "sv_emg_ncs_report": (
        """ELECTRODIAGNOSTIC CONSULTATION (EMG/NCS)
Name: {pt_lf}   MRN: {mrn}   DOB: {dob}   Date: {visit}
Referring physician: {dr3} ({facility2})   Fax {fax}
History: {age_y} y/o with numbness and weakness; r/o {eponym}; {eponym2} positive.
Nerve conduction:
  {ncs}
  {ncs}
  {ncs}
Needle EMG: {emg_find}.
Impression: findings consistent with {icd}; recommend MRI at {vert}.
{dr1}, MD  (NPI {npi})   CPT {cpt} + {cpt2}
""",
        """NCS/EMG Worksheet    Lab: {org}   Temp 32.4 C
Pt {pt_caps}  Acct {acct}  Age {age90}
Ref: {dr2}  Tech: {tech}
Nerve / Site          Lat     Amp     CV
{ncs}
{ncs}
{ncs}
EMG: {emg_find}
Summary: severe axonal polyneuropathy, length dependent. Patient is {age90n} years old and lives with {spouse_rel} in {city}.
Report released {d_sent} to {dr2_last}. - {dr1}
""",
    ),
    "sv_ms_infusion_log": (
        """INFUSION CENTER - DMT ADMINISTRATION RECORD
{facility}  Chair {bed}
Patient: {pt_lf}  MRN {mrn}  DOB {dob}
Medication: {dmt} ({brand}), HCPCS {hcpcs}, NDC {ndc}, {lot} {lot_exp}
Premeds {time1}: {premed}
Rate: {rate}. {vitals}
Pre-infusion labs: {lab}; {lab2}. EDSS at last neuro visit: {edss}.
TOUCH Prescribing Program pt authorization # {touch} verified by {nurse}, RN at {time2}.
Next infusion {d_next}. Ordering MD {dr1}, NPI {npi}.
""",
        """MS DMT monitoring log - {pt}
MRN {mrn} | Plan member ID {hpid} | Enrolled in manufacturer support program ID {enroll}
Date          Drug                         EDSS   JCV/labs                 RN
{d_prev2}    {dmt}      {edss}    {lab}    {nurse_first}
{d_prev}     {dmt}      {edss}    {lab2}   {nurse_first}
{visit}      {dmt}      {edss}    {lab}    {nurse_first}
MRI {d_prev_short}: {mri}.
Pt phone {phone}. Lives in {city}, {state}. Dx G35 since {year}.
""",
        """Nursing note {visit_dt} - Infusion suite
{pt_first} {pt_last} arrived for {brand} dose #{count}. Wt {weight}. {vitals}
IV 22g L forearm. {premed}. Infusion started {time1}, {rate}.
Mild flushing at 45 min, rate held 15 min then resumed.
Observation 60 min post, discharged ambulatory with {spouse_rel}. Lot {lot} (stock vial).
Next dose scheduled {d_next} - reminder sent to {email}.
{nurse}, RN
""",
    ),
    "sv_botox_chemodenervation_note": (
        """PROCEDURE NOTE: OnabotulinumtoxinA for chronic migraine (PREEMPT)
Patient {pt_lf}   MRN {mrn}   DOB {dob}   DOS {visit}
Prior auth {pa} approved through {d_next} by plan (member {hpid}, group {group}).
Headache days/month: {migraine_days}; HIT-6 {hit6}; MIDAS {midas}. Prior failures: topiramate, {brand}.
Dose: {dose_botox} across {sites} using 30g needle; {vial}, {lot} {lot_exp}, NDC {ndc}.
Pre-procedure facial photographs (frontal {photo}, lateral {photo2}) stored in media tab.
Tolerated well. Return in 12 weeks (~{d_next_short}). {dr1}, MD   J0585 x {units}, CPT {cpt}
""",
        """Movement Disorders - Botulinum toxin clinic (blepharospasm / hemifacial spasm)
{pt_caps}  DOB {dob_old}  ({age90} yo)  MRN {mrn}
Injector: {dr1}  Assist: {nurse}
Full-face photo pre-injection: {photo}
Muscles: orbicularis oculi 2.5 U x 4 sites each side, corrugator 2.5 U; total {units} U.
Response to last cycle ({d_prev}): {pct_red} improvement lasting 10 weeks. {eponym} excluded.
{lot} - stock vial, not patient-assigned. Next {d_next}. Daughter {parent} drives; phone {phone}.
""",
        """Cervical dystonia injection log
Name: {pt}  MRN {mrn}  Ins ID {hpid}
Date {visit}   TWSTRS 38 -> 24
SCM R 40 U, splenius L 80 U, trapezius L 60 U (EMG-guided, Teflon-coated needle)
Total {dose_botox}. Drug: {brand}. {lot}.
Billing: CPT 64616 + 95874, HCPCS {hcpcs} x {units}; claim {claim}.
{dr1}, DO   cc: {dr3}, fax {fax}
""",
    ),
    "sv_dbs_programming_visit": (
        """DBS PROGRAMMING SESSION
Patient: {pt_lf}   MRN: {mrn}   DOB: {dob}   Visit: {visit}
Implant: bilateral STN, {d_surg} at {facility2} by Dr. {dr2_last}.
IPG {model_dbs}, serial {ipg_sn}; leads L {lead_sn} / R {lead_sn2}. {fw}. {batt}.
Off-med/on-stim MDS-UPDRS III: {updrs}; Hoehn & Yahr {hy}; {ldopa}.
Left: {contacts}, {stim}.  Right: {contacts}, {stim2}.
Impedances {imp}. Side effects: transient paresthesia at >3.5 mA.
Remote session link for follow-up: {url}. Next {d_next}. - {dr1} / {rep} (device rep)
""",
        """Telehealth DBS adjustment (remote programming)
{pt} ({mrn})  -  session {visit_dt}
Connected via patient controller from IP {ip}; clinician console {ip2}.
Device {model_dbs} S/N {ipg_sn}. Group B active.
Changes: L {contacts} {stim} -> amplitude +0.2 mA; R unchanged {stim2}.
{pt_first} reports less dyskinesia; tremor score 1. {spouse_rel} {parent_first} present.
Email summary to {email}. {dr1}
""",
        """DBS - Essential tremor VIM, annual check
Name {pt_caps}  Age {age90}  MRN {mrn}
Patient is {age90n}, lives at {street}, {city}. Caregiver {parent}, {phone}.
IPG {ipg_sn} ({model_dbs}), {batt}. Lead {lead_sn}.
Settings: {contacts}, {stim}; {volts}. Imp {imp}.
Spiral drawing improved; {eponym2} normal. Reviewed with {dr1} on {visit}.
""",
    ),
    "sv_vns_interrogation_printout": (
        """VNS THERAPY SYSTEM - INTERROGATION REPORT
Generator: {model_vns}  Serial: {vns_sn}   Lead: 304-20, SN {lead_sn}
Patient: {pt_lf}  DOB: {dob}  Implanted {d_surg}
Clinic: {facility}  Programmer {fw}
Normal mode: {vns_out}
Magnet mode: {magnet}
AutoStim: ON, threshold 40%
Lead impedance: OK ({imp})   {batt}
Interrogated {visit_dt} by {dr1}; printed {time2}.
""",
        """Epilepsy clinic - VNS check
{pt} | MRN {mrn} | {visit}
Device {model_vns} (SN {vns_sn}), implanted {d_surg_short} by {dr2}.
Output raised from {mA} to {vns_out}.
Seizure frequency {sz_freq}; magnet swipes help {pct_red} of time.
Parent {parent} ({phone}) will keep the diary. Next titration {d_next}.
""",
    ),
    "sv_rns_remote_review": (
        """RNS System - Remote data review
Patient {pt_lf}  MRN {mrn}  Neurostimulator SN {rns_sn} ({model_rns})
Data uploaded {visit_dt} via remote monitor from {ip}; PDMS record {url2}
Detections: {det} (LL {ll}/day); long episodes {count}; saturations 0.
Therapy: 5 bursts, {mA} charge density 2.0 µC/cm2, {stim2}.
ECoG review: onset hippocampal channel 1-2.  Plan: increase B1 by 0.5 mA.
Reviewed by {dr1} ({email_staff}). Patient notified via portal {url}.
""",
        """RESPONSIVE NEUROSTIMULATION CLINIC
Name: {pt}   DOB: {dob}   MRN: {mrn}
Implant {d_surg} ({facility2}); leads: depth L hippocampus SN {lead_sn}, strip SN {lead_sn2}
Today {visit}: {det} detections since last visit ({d_prev_short}); episode starts down 64%.
Patient phone {phone}; email {email}. Remote monitor last connected from {ip}.
{dr1}, MD
""",
    ),
    "sv_shunt_valve_adjustment": (
        """PROGRAMMABLE SHUNT VALVE ADJUSTMENT
Patient: {pt_lf}  MRN: {mrn}  DOB: {dob_child}
Valve: {valve}, serial {valve_sn}; UDI {udi}
Reason: headaches, CT {ct}.
Setting changed to {valve_new} with indicator tool; confirmed on skull x-ray {time1}.
Post-MRI ({d_prev_short}) re-check: setting unchanged.
Parent {parent} ({relation}) {phone}. F/u {d_next} with Dr. {dr1_last}, {facility}.
""",
        """Neurosurgery clinic - NPH / shunt
{pt_caps}  Age {age90}  MRN {mrn}  Acct {acct}
{age90n}-year-old with {eponym2} gait; s/p VP shunt {d_surg} ({valve}, SN {valve_sn}).
Gait {gait_speed}, TUG {tug}. MoCA {moca}.
Valve adjusted {valve} -> {valve_new}. Lives with {spouse_rel} at {street}, {city} {zip}.
Call {phone} with any headache or confusion. - {dr1}, {visit}
""",
    ),
    "sv_spine_navigation_op_log": (
        """OR LOG - SPINE / NEURONAVIGATION
Pt {pt_lf}  MRN {mrn}  FIN {fin}  DOS {visit}
Procedure: TLIF {vert}, posterior instrumentation {vert}; CPT {cpt}, {cpt2}
Surgeon {dr1}  Assist {dr2}  Anesth {dr3}  Circulator {nurse}
Navigation: {nav}; registration accuracy {nav_err}. Neuromonitoring: {neuromon}.
Implants: pedicle screws {screw} x4 ({lot}, non-serialized); interbody cage SN {cage_sn}, UDI {udi}
EBL {ebl}. Patient photo ID {photo} verified at time-out {time1}.
""",
        """Neuronavigation system session log
Session start {visit_dt}  Station {ip}
Patient: {pt_caps}  ID: {mrn}  DOB: {dob}
Dataset: CT {time1}, MRI {mri}; {nav}
Registration error {nav_err}; reference array re-registered x1.
Planned trajectories: {vert2} L/R, {vert2} L/R ({screw}).
Export to PACS by {tech}. Surgeon {dr1}.
""",
        """Brief op note - ACDF {vert}
{pt} ({mrn}), age {age_y}, {visit}. Surgeon {dr1}. Assistant {np}, PA-C.
Cage SN {cage_sn}; plate 22 mm, lot {lot} (non-serialized stock).
{neuromon}. EBL {ebl}. Dispo: PACU then floor {room}. Wife {parent} updated at {phone}.
""",
    ),
    "sv_stroke_clinic_followup": (
        """STROKE CLINIC FOLLOW-UP
{pt_lf}  MRN {mrn}  DOB {dob_old}  Visit {visit}
{age90}-year-old {pt_sex} seen 90 days after I63.512 (L MCA) treated at {facility2} on {d_prev}.
NIHSS {nihss} (admission 14). mRS {mrs}. {vitals}. {lab}.
Imaging: {ct}. Secondary prevention: aspirin + atorvastatin 80 mg.
Lives with {spouse_rel} {parent} in {city}, {county}. Driving: not cleared.
Facial droop photo from ED ({photo}) reviewed. Next {d_next} - {dr1}
""",
        """Stroke/TIA clinic note ({visit})
Name: {pt}; Age {age90}; MRN {mrn}; Ins {mbi}
Event {d_prev_short}: aphasia ({eponym}); tPA given at {time1}.
NIHSS today {nihss}, mRS {mrs}, MoCA {moca}. {eponym2} negative.
Home health via {org}; SLP 2x/week. Caregiver {parent} ({phone}).
Cardiac monitor (loop recorder SN {udi}) - no AF to date.
Sign: {dr1}, MD  PCP {dr3}, fax {fax}
""",
        """Stroke follow-up phone call
Called pt {pt_first} at {phone} on {visit}. Pt is {age90} and reports mild word-finding trouble.
BP log 128-142 systolic. No new deficits. Appointment {d_next} at {facility}. {nurse}, RN
""",
    ),
    "sv_concussion_return_to_play": (
        """CONCUSSION EVALUATION & RETURN-TO-PLAY FORM
Athlete: {pt}   DOB: {dob_child}   Student ID: {student}
School: {school}   Sport/position: {sport} / {position}   Grade {grade}
Date of injury: {d_prev}   Evaluated: {visit}
SCAT5 symptoms {scat}, severity {scat_sev}; {eponym2} normal. GCS {gcs}.
Current stage: {rtp_step}. Cleared for next stage on {d_next}.
Athletic trainer: {coach} ({email_staff})   Parent: {parent} {phone}
Physician {dr1}, license {medlic}
""",
        """Return to Learn / Return to Play - physician clearance
Student: {pt_lf}  ID {student}  ({school}, {city})
Injury {d_prev_short} during {sport}. Symptom-free since {d_sent}.
Completed {rtp_step}. Academic accommodations under {bp_band} ended.
I clear {pt_first} for full participation. - {dr1}, MD, NPI {npi}
Parent/guardian: {parent} ({email_parent})
""",
        """ATHLETIC TRAINING ROOM - HEAD INJURY LOG
Date {visit} | {time1} | {sport}
Athlete {pt_caps} (#{student}), {grade} grade
Mechanism: helmet-to-helmet. LOC: no. Symptoms {scat}.
Parent {parent} notified {time2} at {phone2}. Referred to {dr1} at {facility}.
AT: {coach}
""",
    ),
    "sv_als_multidisciplinary_clinic": (
        """ALS MULTIDISCIPLINARY CLINIC
Patient: {pt_lf}  MRN: {mrn}  DOB: {dob}  Visit: {visit}
Dx G12.21 ({year}), {gene} {hgvs}. ALSFRS-R {alsfrs} (prior {alsfrs} on {d_prev}).
Resp: FVC {fvc}, NIF {nif}; BiPAP {bipap}, device SN {cpap_sn}.
Speech: voice banking completed; voiceprint template {voice} stored with {org}.
Nutrition: wt {weight}, BMI {bmi}; PEG discussed. Meds: {titr_als}; {brand}.
SW: SSDI application - SSN {ssn} on file; compassionate allowance. Caregiver {parent} {phone}.
Team: {dr1} (neuro), {np} (NP), {sw} (SW), {role2}.
""",
        """ALS clinic - team summary
{pt} ({mrn}), {age_y} yo, lives at {street}, {city}, {state} {zip}.
ALSFRS-R {alsfrs}; FVC {fvc}. Trilogy vent SN {cpap_sn}.
Voice: message banking {voice}; eye-gaze SGD trial.
Research: enrolled in registry, subject {study}. SSDI filed (SSN {ssn}), approved {d_prev_short}.
Next clinic {d_next}. Contact {spouse_rel} {parent_first} at {phone2} or {email}.
""",
    ),
    "sv_dmd_neuromuscular_letter": (
        """{facility}
Neuromuscular Clinic
{visit}

Re: {pt}  DOB {dob_child}  MRN {mrn}

Dear Dr. {dr3_last},

I saw {pt_first}, a {age_child}-year-old boy with Duchenne muscular dystrophy ({gene} {hgvs}), today with his {relation} {parent}.
CK {lab}. Gowers sign present; 6MWT 312 m. On {titr_dmd} and {brand}. Echo {d_prev_short}: EF 58%.
He attends {school}; 504 plan in place. Home: {street}, {city}.
Insurance: Medicaid {medicaid}. Please call {phone_clin} or fax {fax} with questions.

Sincerely,
{dr1}, MD
cc: {parent}, {street}, Apt {unit}, {city} {zip}
""",
        """Muscular dystrophy clinic note - {visit}
{pt_caps} | MRN {mrn} | {age_child} y
Dx: Duchenne MD ({gene} {hgvs}). Steroid: deflazacort 0.9 mg/kg. {brand} weekly infusions (claim {claim}).
PT: Gowers sign present, hip extensors 4/5. Cardiology {dr2}. Pulm {fvc}.
Parent {parent_first} ({phone}) requests school letter for {school}. - {dr1}
""",
    ),
    "sv_autism_ados_evaluation": (
        """DEVELOPMENTAL EVALUATION - AUTISM SPECTRUM
Child: {pt}   DOB: {dob_child}   Age {age_child} y   MRN: {mrn}
Parents: {parent} and {parent2}; address {street}, {city}, {state} {zip}
Referral: {dr3} (pediatrics), school team at {school} (IEP case {iep}).
ADOS-2 Module 3: SA {ados_sa}, RRB {ados_rrb}, comparison score {ados} (autism classification).
WISC-V FSIQ {iq}; VCI {vci}, PRI {pri}. Vineland composite {tscore}.
Diagnosis: F84.0 - Autism spectrum disorder, level 2. Recommend ABA 20 h/wk.
Report sent to {email_parent} on {d_sent}. Evaluator {psych}, PhD (lic {medlic}).
""",
        """ADOS-2 scoring summary
Examinee {pt_lf} | ID {mrn} | Test date {visit} | Examiner {psych}
Module 2; Social Affect {ados_sa}, RRB {ados_rrb}, Overall total {count}, CSS {ados}.
Observed: limited joint attention, echolalia, hand-flapping. {eponym} ruled out.
Mother ({parent_first}) reports onset before age 3. Phone {phone}.
""",
    ),
    "sv_adhd_evaluation_summary": (
        """ADHD EVALUATION SUMMARY
Patient: {pt}  DOB: {dob_child}  MRN: {mrn}  Grade {grade} at {school}
Informants: {parent} ({relation}); teacher {coach}.
Vanderbilt parent: {vanderbilt}; teacher: {vanderbilt}. Conners-3 {conners}.
Dx: F90.2 combined presentation.
Plan: {titr_adhd}. Rx #{rx} sent to pharmacy (NCPDP {ncpdp}).
Prescriber {dr1}, DEA {dea}, NPI {npi}.  Follow-up {d_next}; call {phone}.
""",
        """Adult ADHD assessment
{pt_lf}  ({age_y} y)  MRN {mrn}  Employee ID {emp} (self-referral via EAP)
ASRS part A 5/6. {mood}. Prior {brand} trial in {year}.
Started {titr_adhd}; controlled-substance agreement signed {visit}. PDMP checked.
Rx {rx}; prescriber {dr1} (DEA {dea}). Email {email}.
""",
    ),
    "sv_neuropsych_testing_report": (
        """NEUROPSYCHOLOGICAL EVALUATION
Name: {pt_lf}   DOB: {dob_old}   Age: {age90}   Education: {edu} years   {hand}
Dates of testing: {d_prev} and {visit}   MRN {mrn}
Referred by {dr1} for memory decline; r/o {eponym}.
Test results: MoCA {moca}; WAIS-IV VCI {vci}, PRI {pri}, WMI {wmi}, PSI {psi}; RBANS total {pct}th percentile.
{mood}. Trail Making B {tug}.
Impressions: profile consistent with mild neurocognitive disorder at age {age90n}.
Recommendations: supervision of finances; driving evaluation at {facility}.
Collateral from {spouse_rel} {parent} ({phone}).
{psych}, PhD, ABPP  License {medlic}
""",
        """Neuropsych testing - epilepsy surgery workup
{pt} | MRN {mrn} | Study subject {study}
Tested {visit} by {psych} with {role2}. Wada scheduled {d_next}.
FSIQ {iq}; VCI {vci}; WMI {wmi}; PSI {psi}; verbal memory {tscore} T.
Left temporal dysfunction pattern. Results to {dr1} at {email_staff}.
""",
        """COGNITIVE SCREENING - MEMORY CLINIC
{pt_caps}   age {age90}   MR {mrn}
MMSE {mmse}; MoCA {moca}; clock 2/4. Mood: {mood}.
Accompanied by {parent} ({relation}), lives in {city}. Fax results to PCP {dr3} at {fax}.
{visit} - {psych}
""",
    ),
    "sv_mslt_narcolepsy_report": (
        """POLYSOMNOGRAPHY + MULTIPLE SLEEP LATENCY TEST
{facility}
Patient: {pt_lf}   DOB: {dob}   MRN: {mrn}   Study #: {eeg_no}
PSG night {d_prev_short} -> MSLT {visit}
PSG: {sleep}; {sleep2}; {sleep}.
MSLT: 5 naps; {sleep}. ESS {ess}.
Impression: G47.411 narcolepsy type 1 pattern. Start {titr_sleep}.
Scored by {tech}, RPSGT; interpreted by {dr1}, MD, NPI {npi}.
""",
        """Sleep clinic - CPAP compliance & MSLT follow-up
{pt}  Age {age90}  MRN {mrn}  Medicare {mbi}
CPAP {model_cpap}, SN {cpap_sn}; usage 6.2 h/night, 88% nights >4 h; {bipap}.
ESS {ess}. {sleep}. Modem upload from {ip}.
DME: {org}. Next {d_next}. {dr1}
""",
        """Sleep lab tech notes
Pt {pt_first} {pt_last} ({mrn}) arrived {time2} on {visit}. Room {room}.
Hookup: EEG C3-M2, C4-M1, O1-M2, EOG, chin EMG, legs. Lights out {time2}.
{sleep}. Nap 1 at {time1}. Spouse {parent_first} pickup; cell {phone}.
{tech}
""",
    ),
    "sv_seizure_driving_letter": (
        """{facility}
Department of Neurology
{visit}

Department of Motor Vehicles - Medical Review Unit
Fax: {fax}

RE: {pt}   DOB {dob}   Driver License # {dl}   Case No. {dmv_case}

To whom it may concern,

My patient had a {sz_type} seizure on {d_prev}. Under state guidance ({state_rule}) {he} should not drive until at
least {d_next}. This was explained verbally and in writing. {His} registered vehicle (plate {plate}, VIN {vin})
is to be driven by family only.

{dr1}, MD   NPI {npi}   Phone {phone_clin}
""",
        """MEDICAL REPORT FOR DRIVER LICENSING ({form})
Section A - Applicant
Name: {pt_caps}  DL/ID no: {dl}  DOB: {dob}
Address: {street}, Unit {unit}, {city_caps}, {state} {zip}
SSN: {ssn}   Vehicle plate: {plate}
Section B - Physician
Diagnosis {icd_sz}; last seizure {d_prev}; seizure-free {sz_free}; on {aed}.
Recommend: may drive / may NOT drive (circled: may NOT). Re-evaluate {d_next}.
Physician {dr1}  License {medlic}  Tel {phone_clin}  Fax {fax}
Signed {visit}
""",
        """Letter to patient - driving restriction
Dear {pt_first},
Following your event on {d_prev_short}, state law requires you not drive for {sz_free}. Please do not drive your
car (plate {plate}). We notified the DMV medical board (ref {dmv_case}).
Questions: {phone_clin}.  - {dr1}, {visit}
""",
    ),
    "sv_neurogenetics_lab_result": (
        """{org} - MOLECULAR GENETICS REPORT
CLIA {clia}   CAP {cap}   Lab director {dr2}, PhD
Patient: {pt_lf}   DOB: {dob}   Sex: {pt_sex}   MRN: {mrn}
Accession: {accession}   Collected: {d_prev}   Reported: {visit}
Ordering: {dr1}, NPI {npi}  ({facility})
Test: Epilepsy/neurodevelopmental panel (182 genes)
Result: {acmg} {zyg} variant in {gene}: {hgvs}.
Secure report link: {url2}
Genetic counselor {sw} ({email_staff}); fax copy to {fax}.
""",
        """NEUROGENETICS RESULT DISCLOSURE
{pt} ({mrn}) with parents {parent} and {parent2}, {visit}.
Specimen {accession}: {gene} {hgvs}, {zyg}, {acmg}. Parental testing sample {accession} pending.
Counseling by {sw}, MS, CGC. Family lives in {city}, {county}.
Insurance {hpid} (group {group}) - claim {claim}.
""",
    ),
    "sv_parkinson_updrs_gait_visit": (
        """MOVEMENT DISORDERS CLINIC
{pt_lf}  MRN {mrn}  DOB {dob_old}  Age {age90}  {visit}
Dx Parkinson disease (G20.A1) since {year}. {ldopa}: {titr_pd}.
MDS-UPDRS I {updrs2}, II {updrs2}, III {updrs} (ON), IV 4. H&Y {hy}. MoCA {moca}.
Gait lab: speed {gait_speed}, stride {stride}, TUG {tug}; gait template {gait} saved for longitudinal compare.
Falls x{count} since {d_prev_short}. {spouse_rel} {parent} ({phone}).
Plan: PT, {brand}. RTC {d_next}. {dr1}
""",
        """Gait & balance lab report
Subject {pt} | MRN {mrn} | study {study}
Session {visit_dt}, pressure-sensor walkway
Cadence 102 steps/min; speed {gait_speed}; stride {stride}; dual-task cost {pct_imp}.
Gait signature (biometric template) {gait}; prior {bio}.
Tech {tech}; PI {dr1}.
""",
        """PD telemedicine check
Pt {pt_first} {pt_last} (age {age90}), video visit {visit} from {ip}.
ON at {time1}; dyskinesia mild. UPDRS III (modified, video) {updrs}.
Pharmacy {org}; Rx {rx}. Contact {phone}.
""",
    ),
    "sv_hl7_eeg_result_feed": (
        """MSH|^~\\&|EEGLAB|{org}|EPIC|HOSP|{visit_hl7}||ORU^R01|{hl7ctl}|P|2.5.1
PID|1||{mrn}^^^MRN||{pt_hl7}||{dob_hl7}|{pt_sex}|||{street}^^{city}^{state}^{zip}||{phone}|||||{acct}|{ssn}
PV1|1|O|{room}||||{npi}^{dr1_hl7}|||||||||||{fin}
OBR|1|{ord}|{eeg_no}|{cpt}^EEG AWAKE AND ASLEEP|||{visit_hl7}
OBX|1|TX|{loinc}^EEG impression||{eeg_find}||||||F
OBX|2|TX|{loinc}^Montage||{montage}||||||F
""",
        """MSH|^~\\&|NEUROWORKS|EMU|RIS|HOSP|{visit_hl7}||ORM^O01|{hl7ctl}|P|2.3
PID|1||{mrn}||{pt_hl7}||{dob_hl7}|{pt_sex}||||||||||{acct}
IN1|1|{group}|{org}||||||||||||||||||||||||||||||||||{hpid}
ORC|NW|{ord}||||||||||{npi}^{dr2_hl7}
OBR|1|{ord}||95720^VEEG 24H|||{visit_hl7}
NTE|1||Pt at {facility}; contact {parent} {phone2}; station {ip}
""",
    ),
    "sv_ms_dmt_prior_auth_fax": (
        """FAX COVER SHEET - {facility}
To: Pharmacy benefit prior authorization   Fax: {fax}
From: {nurse}, MS nurse   Fax: {fax2}   Phone: {phone_clin}
Pages: {page}   Date: {visit}
CONFIDENTIAL HEALTH INFORMATION

PRIOR AUTHORIZATION REQUEST - {brand}
Member: {pt_lf}   DOB: {dob}   Member ID: {hpid}   Group: {group}
BIN {bin} / PCN {pcn} (plan routing, not member-specific)
Diagnosis: G35 relapsing MS, EDSS {edss}. MRI {mri}.
Failed: {dmt}. Requested: {dmt}. Policy {policy}.
Prescriber: {dr1}, NPI {npi}, tax ID {tax_id} (group), group NPI {group_npi}
Copay card ID {copay}; support program {enroll}. Ref # {pa}
""",
        """PA determination received {visit_dt} (fax from {fax})
RE: {pt}  Member {hpid}  SSN {ssn}
Drug: {brand} - APPROVED {visit} through {d_next}. Auth {pa}.
Specialty pharmacy: {org} (NCPDP {ncpdp}). Patient to call {phone}.
Filed by {nurse_first} in chart {mrn}.
""",
        """PR10R AUTH0RIZATI0N - MS THERAPY (scanned, OCR)
Patlent: {pt_ocr}   D0B: {dob}
Member lD: {hpid}   Grp: {group}
Prescrlber: {dr1}  NPl {npi}
Fax back to {fax}  Ph {phone_clin}
Dx G35 EDSS {edss} {lab}
""",
    ),
    "sv_emu_visitor_access_log": (
        """EMU / NEURO STEP-DOWN VISITOR ACCESS LOG - {visit}
Time   Visitor                 Badge      Biometric     Visiting            Vehicle
{time1}  {parent_lf}  {badge}  {palm}  {pt_lf} ({room})  {plate}
{time2}  {parent2}  pending  none  {pt_lf}  -
Badge photos: {photo}. Parking validation for plate {plate} ({county} garage).
Desk: {role}; security officer {rep} (emp {emp}).
""",
        """Visitor screening - Epilepsy Monitoring Unit
Patient visited: {pt} (MRN {mrn}), {room}
Visitor: {parent} ({relation}), ID scanned, badge {badge}, fingerprint template {bio}
Photo captured {photo}. Vehicle {plate}, VIN on parking permit {vin}.
Visitor phone {phone2}; address {street}, {city}.
Entry {visit_dt}; exit {time2}. Screened by {rep}.
""",
    ),
    "sv_itb_pump_refill": (
        """INTRATHECAL BACLOFEN PUMP REFILL
Patient: {pt_lf}  MRN: {mrn}  DOB: {dob}  Date: {visit}
Pump: {model_pump}, SN {pump_sn}; catheter implanted {d_surg}. {fw}.
Interrogation: reservoir {reservoir} (expected), {alarm}.
Refilled with {itb}; volume 20 mL. Next refill {d_next}.
Modified Ashworth 1+ -> 1. Spasticity due to {icd_spas}.
Done by {np}, CRNP with {dr1}. Caregiver {parent}, {phone}.
""",
        """ITB refill log (home visit)
Visit {visit_dt}  at {street}, {city} {zip}
{pt}  MRN {mrn}  Pump SN {pump_sn}  UDI {udi}
Drug {itb}; residual {reservoir}; added 18 mL; new alarm date {d_next_short}.
Ordered by {dr1} (NPI {npi}). Claim {claim}, acct {acct}. RN {nurse}.
""",
    ),
    "sv_neurosurgery_claim_export": (
        """CLAIM EXPORT  FMT=837P-FLAT  RUN {time3}
CLAIM#          ACCT#        PATIENT                  DOB         MEMBER ID        DOS         CPT    ICD
{claim}  {acct}  {pt_caps}  {dob}  {hpid}  {visit}  {cpt}  {icd}
                                                                                   {cpt2}  {icd2}
Rendering: {dr1_lf} NPI {npi}   Billing group NPI {group_npi}  TIN {tax_id}
Subscriber SSN {ssn}; Group {group}; Rev {rev}; DRG {drg}; Charges {money}
Pt address {street} {city} {state} {zip}
""",
        """patient_name,mrn,fin,dob,age,payer_id,member_id,dos,cpt,drg,charge
"{pt_lf}",{mrn},{fin},{dob_old},{age90n},{bin},{mbi},{visit},{cpt},{drg},{money}
# exported by {rep} from {ip}; claim ref {claim}
""",
        """Account inquiry - patient financial services
Caller {parent} re: {pt}'s account {acct}. Claim {claim} (surgery {d_surg}) denied: {policy}.
Verified DOB {dob} and last four of SSN... full SSN {ssn} provided by caller.
Callback {phone}. Balance {money}. {rep}, {visit}
""",
    ),
    "sv_disability_placard_certification": (
        """APPLICATION FOR DISABLED PERSON PARKING PLACARD - MEDICAL CERTIFICATION
Applicant: {pt_caps}  DOB: {dob}  DL/ID#: {dl}  SSN (last 4 or full): {ssn}
Address: {street}, {city}, {state} {zip}   County: {county}
Vehicle plate {plate}  VIN {vin}
Condition: {eponym} ({icd}); cannot walk 200 ft without rest. Permanent.
Current placard # {placard} (renewal).
Certifying provider: {dr1}  License {medlic}  Phone {phone_clin}  Date {visit}
""",
        """Placard renewal - nurse note
{pt} (MRN {mrn}), age {age90}, ambulates with walker; EDSS {edss}.
Form {form} completed; placard {placard}; plate {plate}. Mailed to {street}, {city} on {d_sent}.
""",
    ),
    "sv_headache_portal_message": (
        """MyChart message  |  {visit_dt}
From: {pt} <{email}>
To: Headache Clinic ({dr1})
Subject: still getting migraines

Hi Dr. {dr1_last}, since the {brand} shot on {d_prev_short} I've had {migraine_days} headache days. Nurtec
helps for 2 hrs. Attaching a photo of my face when my eyelid drooped: {photo}. Also my left side felt numb.
Can you call me at {phone}? I live in {city} now ({street}).
- {pt_first}
[session ip {ip}; link {url}]
""",
        """Portal reply {visit} {time2}
{pt_first}, thanks for the update. Drooping eyelid + numbness needs same-day evaluation - please go to
{facility} ED or call 911. Your Botox re-auth ({pa}) is approved. - {nurse}, RN for {dr1}
Patient: {pt_lf}  MRN {mrn}  preferred phone {phone}
""",
        """Headache clinic - telephone encounter {visit}
Caller: {pt} (DOB {dob}) from {phone}. {migraine_days} headache days/month; HIT-6 {hit6}.
Using {brand}; requests refill Rx {rx}. Sent to pharmacy. MRN {mrn}. Photo upload via {url} reviewed.
{nurse}
""",
    ),
    "sv_neuro_icu_evd_handoff": (
        """NEURO ICU HANDOFF (I-PASS)   {room}
{pt_caps}  MRN {mrn}  {age_y}F  Day {days}
Dx: aSAH, {eponym2} 3 / Fisher 3, coiled {d_surg_short}. EVD open at 10 cmH2O, output 180 mL/24h.
GCS {gcs}; TCDs {time1}; nimodipine 60 mg q4h. {vitals}. {lab}.
Contingency: if ICP >22, call {dr1} (pager via operator). Family: {parent} {phone}.
Outgoing {np} -> incoming {nurse} at {time2}.
""",
        """Neurosurgery sign-out {visit}
Bed {bed}: {pt_lf} ({mrn}) - POD2 {vert} decompression, drain {ebl}; {neuromon}.
Bed {bed}: {pt_init} - shunt revision, valve {valve_new}, SN {valve_sn}.
Age {age90} pt in bed {bed} ({pt_last}) - SDH, family meeting with {parent} at {time2}.
Resident {dr2}; attending {dr1}.
""",
    ),
}

NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """EEG LAB QUALITY REVIEW - monthly
Studies read: {count}. Routine ({cpt}) and prolonged ({cpt2}). Technologist turnaround < 24 h in {pct}%.
Montages audited: {montage}; {montage}. Common artifact: 60 Hz, EKG.
Policy {policy}; form {form}. Reviewed by {role} at {time1}.
""",
    """Epilepsy Monitoring Unit - safety checklist ({form})
Seizure pads, O2 {fio2} available, suction, bed alarm, {room}.
Rescue: lorazepam 2 mg IV for GTC > 5 min; repeat x1. Taper per {titr_aed}.
Camera and IR verified at {time1}; Natus amplifier firmware {fw}.
""",
    """DBS programming reference card
{model_dbs}: typical STN settings {stim}; VIM {stim2}. Contacts {contacts}.
Impedance normal range 500-2500 ohms; today's bench test {imp}. {batt}.
Charge density limit 30 µC/cm2. Source: manufacturer labeling {ver}.
""",
    """VNS titration protocol
Week 0: 0.25 mA; increase by 0.25 mA every 2 weeks to {vns_out}. Magnet: {magnet}.
AutoStim threshold 20-70%. CPT {cpt} / {cpt2}. Device {model_vns}, {fw}.
""",
    """Shunt valve settings chart (reference)
{valve}; {valve}. After MRI re-check setting; the valve is MRI-conditional at 3T.
Default new setting {valve_new}. Policy {policy}.
""",
    """MS infusion center daily census
Chairs 1-{bed}: {count} patients. Drugs: {dmt}; {dmt}. HCPCS {hcpcs}. Stock {lot} {lot_exp}.
Premed standard: {premed}. Rate {rate}. Reaction kit checked at {time1} by {role}.
""",
    """Chronic migraine botulinum toxin protocol (PREEMPT)
{dose_botox} across {sites}; {vial}; reconstitute with 4 mL NS. NDC {ndc}. HCPCS {hcpcs}; CPT 64615.
Reassess at 24 weeks: >= 50% reduction in headache days. Average HIT-6 in clinic {hit6}.
""",
    """Stroke program metrics, Q{page} {year2}
Door-to-needle median 38 min; NIHSS median {nihss}; mRS 0-2 at 90 days {pct}%.
DRG {drg} volume {count}; ICD {icd}. Average age {age_y}. {org} benchmark.
""",
    """Concussion protocol - graduated return to play
{rtp_step}; 24 h minimum between steps. SCAT5 symptom score {scat}, severity {scat_sev}.
Sport: {sport}. {eponym2} and tandem gait. Return to learn before return to play.
""",
    """ALS clinic resource list
Riluzole 50 mg BID; edaravone ({brand}). BiPAP {bipap} when FVC < 50% or NIF {nif}.
ALSFRS-R every 3 months; typical decline 0.9 points/month. {gene} testing offered. ICD G12.21.
""",
    """Duchenne care considerations summary
Steroids: {titr_dmd}. Cardiac MRI yearly from age {age_k}. {eponym} vs {eponym}.
Exon-skipping ({brand}) applicable to {hgvs}. PT: night splints. CK typically {lab}.
""",
    """ADOS-2 module selection guide
Module 1: pre-verbal; Module 3: fluent child; comparison score 1-10 (today's example {ados}).
Calibrated severity SA {ados_sa}, RRB {ados_rrb}. ICD F84.0. Billing CPT {cpt}, {cpt2}.
""",
    """ADHD medication titration sheet
{titr_adhd}. Vanderbilt follow-up {vanderbilt}. Conners {conners}.
Controlled substance: schedule II, 30-day supply, no refills. Brand {brand}. Copay {copay_amt}.
""",
    """Neuropsychology norms note
WAIS-IV index mean 100, SD 15 (example VCI {vci}, PRI {pri}, WMI {wmi}, PSI {psi}).
MoCA cutoff 26; score {moca}. {mood}. Education correction +1 if <= 12 years. CPT {cpt}.
""",
    """Sleep lab scoring rules (AASM {ver})
MSLT: 5 naps at 2-h intervals; {sleep}; ESS {ess}.
Hypopnea 3% rule. {sleep2}. Montage: C3-M2, C4-M1, O1-M2. CPAP default {bipap}.
""",
    """Driving and epilepsy - patient education handout ({form})
Most states require a {state_rule}. Commercial drivers: 10 years seizure-free off medication.
Do not drive if you have a {sz_type2}. Questions: ask the {role}.
""",
    """Neurogenetics panel description
{org}: 182 genes incl. {gene}, {gene}, {gene}. CLIA-certified (CLIA {clia}); CAP {cap}.
Turnaround 21 days. Variant classes: {acmg}. Example: {gene} {hgvs}. Cost {money}.
""",
    """Movement disorders clinic - rating scale key
MDS-UPDRS part III range 0-132 (sample {updrs}); H&Y {hy}. {ldopa}. {titr_pd}.
Gait lab norms: speed {gait_speed}, TUG {tug}. {eponym}.
""",
    """HL7 interface spec - EEG results
MSH-9 ORU^R01; OBX-3 LOINC {loinc}; OBX-5 text impression; version 2.5.1; control id {hl7ctl}.
OBR-4 {cpt}^EEG. Error queue reviewed {time1}. SOP {policy}.
""",
    """Prior authorization criteria - MS DMTs
{dmt}: covered after failure of 1 platform therapy. EDSS <= {edss}. {policy}.
BIN {bin}, PCN {pcn}. Quantity limit 1 vial per 6 months. Copay {copay_amt}.
""",
    """Intrathecal baclofen program - refill procedure
{itb}. Low reservoir alarm 2 mL. Refill kit {lot} {lot_exp}. {model_pump} {fw}.
Bolus screening 50 mcg via LP. CPT {cpt} / 62370. {role} verifies drug concentration.
""",
    """Spine OR instrument count and navigation checklist
{nav}; accuracy check < 2 mm ({nav_err}). Screws {screw}, {lot}. Levels {vert} / {vert2}.
{neuromon}. EBL {ebl}. Form {form}.
""",
    """Neurosurgery billing summary (department)
CPT {cpt} x {count}; DRG {drg}; Rev {rev}; group NPI {group_npi}; TIN {tax_id}. Charges {money}; collected {money2}.
ICD {icd}, {icd2}. Prepared by {role}.
""",
    """Neuro ICU order set
Nimodipine 60 mg q4h x21 days. EVD at 10 cmH2O. Na goal 140-150. {lab}. {vitals}.
GCS q1h {gcs}. {eponym2}. TCD daily at {time1}. Bed {bed}.
""",
    """Headache diary template
Days/month {migraine_days}; MIDAS {midas}; HIT-6 {hit6}. Acute: {brand} max 2 doses/24h.
Triggers: sleep, caffeine, weather. Reduction target {pct_red}.
""",
    """Disability placard - medical criteria (state {form})
Cannot walk 200 ft without rest; uses {eponym2} assistive device; class III/IV heart failure.
Permanent vs temporary ({days} months). Fee {money2}.
""",
)
