"""Document styles for set Z: allied, ancillary and home-based outpatient services.

Dental and oral surgery, optometry and optical labs, audiology and hearing-aid dispensing, podiatry,
chiropractic, PT/OT/SLP, home health, hospice, home infusion and specialty pharmacy, couriers and
cold chain, DME and O&P suppliers, PAP downloads, sleep labs, behavioural-health and substance-use
intake, wound/ostomy supplies, dietitians, and the faxes and prior-auth requests between them.
``{key}`` placeholders are filled from ``values``; no other braces appear in the text.
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    # 1 ------------------------------------------------------------------------------------------
    "z_perio_recall_charting_visit": (
        """{fac_dental}
{fac_street}, {fac_suite} * {fac_city}, {st} {fac_zip} * Tel {fac_phone}

PERIODONTAL MAINTENANCE VISIT - {vd_us}
Patient: {pt_lf}          Chart #: {chart}          DOB: {dob_us}
Preferred name: "{pt_nick}"    Primary ins: {org_dental}  Subscriber ID {member_id}  Grp {group}
Provider: {dr_name}, DDS (NPI {npi})    Hygienist: {th_first} {th_last}, RDH    {room}

Med hx reviewed, no changes. BP {bp}, pulse {hr}. Meds: {drug_gen}; {drug2_gen}.
Dx: {icd_dental}. Last FMX {year2}; BWX taken today.
Probing (MB B DB / ML L DL), {tooth1}: {pd6}   {tooth2}: {pd6b}
BOP generalized, heavy subgingival calculus LR quadrant. Tx: {cdt1}; {cdt2}.
Recommend {cdt3} on {tooth1} {surf} (fractured amalgam). Pt to call back after checking benefits.
Next recall: {dnext_us} @ {time1} with {th_first}.
Post-op instructions given verbally and by e-mail to {pt_email}.
Signed electronically: {th_name}, RDH   {vd_dt}""",
        """RECALL / PERIO CHART - {fac_dental}
Pt ID {chart} | {pt_caps} | DOB {dob_iso} | Age {pt_age}
Addr: {street}, {unit}, {city} {st} {zip}   Cell: {pt_cell}
Guarantor: {rel_name} ({rel})   Guarantor acct {acct}

Date of service {vd_long}.  Seen in {room} by {th_name} RDH for {dr_last}, DMD.
Chief complaint: "my gums bleed when I floss."  {eponym} noted in med hx - no contraindication.
Perio screen: 6-pt depths {tooth1} {pd6}; {tooth2} {pd6b}. Recession 2 mm facial {tooth3}.
Codes: {cdt1} / {cdt2}. Anesthesia: 2% lido 1:100k 1.8 mL x 2, {lot}.
Fluoride varnish applied. OHI: Waterpik, interdental brushes.
Pt reports new dentures for mother ({cg_first}) - scheduled with {dr2_name}, DDS.
Recall in 3 months; confirm text sent to {pt_phone}.
""",
        """{fac_dental} - hygiene note
{vd_md}  {time1}
{pt_name_mi} ({pt_age} yo), chart {chart}, here for {cdt2}. Ins: {org_dental}, member {member_id}.
BP {bp} (retake {bp}). A1c per pt {a1c}. Premed not required.
Charting: {tooth1} {pd6} | {tooth2} {pd6b} | furcation class II {tooth3}.
SRP LL/LR under local. Pt tolerated well. Discussed {cdt3}; est pt portion {money2}.
Spouse {rel_name} will drive pt home, ph {rel_phone}.
Pt's emergency contact card updated - {rel_name}, {street2}, {city2}.
{th_init}, RDH / reviewed {dr_name}, DDS""",
    ),
    # 2 ------------------------------------------------------------------------------------------
    "z_third_molar_surgery_consent_and_op": (
        """{fac_dental}
Oral & Maxillofacial Surgery - OPERATIVE NOTE
Patient: {pt_name}    DOB {dob_us}    Chart {chart}    Acct {acct}
Date of surgery: {vd_us}    Surgeon: {dr_name}, DDS, MD    Asst: {aide_first}
Anesthesia: D9239 IV sedation + local. Escort: {rel_name} ({rel}), cell {rel_phone}.
Consent signed {dord_us}, witness {staff_name}.

Pre-op: BP {bp}, HR {hr}, SpO2 {spo2}. NPO since {time1}.
Procedure: {cdt_x1} {tooth1}, {tooth2}; {cdt_x2} {tooth3}. Pano reviewed ({year2} film not available).
Midazolam 4 mg, fentanyl 50 mcg titrated. Gelfoam placed, 3-0 chromic.
EBL < 20 mL. No complications. Rx: {drug_dental} (Rx# {rx}); {drug2_dental}.
Post-op check {dnext_md}. Photos: extraoral frontal saved as {photo2}.
{dr_last}, DDS""",
        """CONSENT FOR REMOVAL OF TEETH / IV SEDATION     Form OS-C3 rev 5
I, {pt_caps_full}, born {dob_long}, authorize Dr. {dr_last} and associates at
{fac_dental} to remove tooth/teeth {tooth1} {tooth2} {tooth3}.
Risks explained incl. nerve injury (paresthesia), dry socket, sinus exposure.
Responsible adult driver: {rel_name}   Relationship: {rel}   Vehicle plate: {plate}
Driver license on file: {dl}
Patient signature ______________  Date {vd_us}
Witness: {staff_name}                Time {time2}
Patient ID photo on file: {photo}
Insurance: {org_dental}  Member #{member_id}  Group {group}
""",
    ),
    # 3 ------------------------------------------------------------------------------------------
    "z_ada_claim_predetermination_print": (
        """ADA Dental Claim Form - {form_ada}
[X] Request for Predetermination/Preauthorization
3. Company/Plan name, address: {org_dental}, Claims Dept, P.O. Box {qty}0{qty2}
4. Other coverage: [ ] Dental  [X] Medical
12. Policyholder/Subscriber: {rel_caps}
    {street_caps}
    {city_caps}, {st} {zip5}
13. DOB (MM/DD/CCYY) {dobo_us}   14. Gender F
15. Policyholder/Subscriber ID (SSN or ID#): {ssn}
16. Plan/Group number: {group}
20. Patient: {pt_caps}   21. DOB {dob_us}   Relationship to subscriber: {rel}
23. Patient ID/Account # (assigned by dentist): {acct}
24-31  Date | Area | Tooth | Surf | Code | Description | Fee
       --   |  --  | {tooth3} | {surf} | {cdt1} | {money2}
       --   |  --  | {tooth3} |     | {cdt2} | {money}
33. Missing teeth: 1 16 17 32
35. Remarks: narrative attached; radiographs (2) enclosed.
48. Billing dentist: {dr_caps}, {fac_dental}, {fac_street}, {fac_city} {st} {fac_zip}
49. NPI {npi}   51. TIN on file   52. Phone {fac_phone}
53. Treating dentist: {dr_name}   License # {lic_dds}   54. NPI {npi2}""",
        """PREDETERMINATION RESPONSE RECEIVED {vd_iso}
Claim/Predet #: {claim}    Patient acct: {acct}
Patient: {pt_lfm}   DOB {dob_iso}   Member ID {member_id}
Treating dentist: {dr_lf}, DDS  NPI {npi}
Line  CDT    Tooth  Submitted   Allowed    Plan est.
 1    {cdt1}  {tooth3}  {money}   {money2}   50% after deductible
 2    {cdt2}  {tooth3}  {money2}  {money2}   80%
Annual max remaining {money}. Waiting period satisfied.
Pt notified by phone {pt_phone} on {dnext_us}; msg left with {rel_first}.
Estimate valid until {dexp_us}. Questions: {fac_email}""",
    ),
    # 4 ------------------------------------------------------------------------------------------
    "z_optical_lab_spectacle_work_order": (
        """{org_lab} / LAB WORK ORDER          Job {order}     Rush: N
Account: {fac_eye}  ({fac_city}, {st})   Acct# {acct}
Pt: {pt_caps}    Tray {qty}
Rx date {dprev_us}   Dr {dr_last} OD  Lic {lic_od}
        SPH     CYL    AXIS   ADD    PRISM
OD   {rx_od}   {add}   --
OS   {rx_os}   {add}   0.5 BU
PD {pd}   Seg ht 18/18   Frame: ABC 52-18-140 Tortoise   Lens: {brand_spec} 1.67 AR
Promised {dnext_md}  Ship-to: store   Called pt {pt_cell} when ready.
Vision plan auth {pa}, member {member_id}.  Patient copay {copay}.""",
        """EYEWEAR ORDER - {fac_eye}
Order date: {vd_abbr}   Optician: {th_name}, ABOC ({emp})
Patient: {pt_name}   DOB {dob_us}   Phone {pt_phone}
Email receipt: {pt_email}
Prescribing OD: {dr_name}, O.D., NPI {npi}
Final Rx   OD {rx_od} add {add}   OS {rx_os} add {add}
VA cc: {va} OD, {va2} OS.  PD {pd}.  Lens: {brand_spec}.  Frame frame-board #{qty}.
Insurance: {org_vision} member {member_id}, auth {pa}; frame allowance {money2}.
Ship to home: {street}, {unit}, {city}, {st} {zip}.
Tracking link sent: {url}""",
        """VISION RX CHECK-IN          {fac_eye}
{vd_us}  {time1}
NAME  {pt_caps}           DOB {dob_caps}
CHART {mrn}               PLAN {org_vision}  ID {member_id}
Retinal imaging (Optomap) ID {bio_iris} - pt consent for biometric storage Y
IOP {iop}  VA sc {va} / {va2}
OD {rx_od}  OS {rx_os}  ADD {add}
Dx {icd_eye}; {icd2_eye}
RTC 1 yr, or prn. Recall card mailed to {street}, {city} {zip}.
Tech: {tech_name}""",
    ),
    # 5 ------------------------------------------------------------------------------------------
    "z_contact_lens_fit_followup": (
        """CONTACT LENS FOLLOW-UP  ({cpt_eye})
{fac_eye}    {vd_long}
Pt: {pt_name_mi}   DOB: {dob_us}   MRN {mrn}
CC: lenses dry by afternoon; wearing {brand_cl} {dur} past replacement.
OD  BC {bc}  DIA {dia}  PWR {rx_od}   VA {va}
OS  BC {bc}  DIA {dia}  PWR {rx_os}   VA {va2}
Fit centered, 0.5 mm movement, no staining OU. IOP {iop}.
Plan: switch to daily; trial lenses {lot} given. Rx finalized, expires {dexp_us}.
Reminder via text to {pt_cell} and e-mail {pt_email}.
{dr_name}, OD   Lic. {lic_od}""",
        """Contact lens annual - {fac_eye}
Patient {pt_lf} (age {pt_age}) seen {vd_us} by Dr. {dr_last}.
Referred by {dr2_name}, MD for Sjögren syndrome follow-up - dry eye, Schirmer 6 mm OU.
Current: {brand_cl} OD {rx_od} OS {rx_os}.
Trial: BC {bc} DIA {dia}. Comfortable after 15 min, VA {va2} OU.
Ordered 4 boxes, ship to {street} {city} {st} {zip}; order {order}.
Vision ins {org_vision}, ID {member_id}. Balance due {money2}, acct {acct}.
Next visit {dnext_md}.""",
    ),
    # 6 ------------------------------------------------------------------------------------------
    "z_hearing_aid_fitting_warranty_registration": (
        """HEARING INSTRUMENT PURCHASE AGREEMENT & WARRANTY REGISTRATION
Dispensing office: {fac_hear}, {fac_street}, {fac_city}, {st} {fac_zip}
Dispenser: {th_name}   License {lic_aud}
Purchaser: {pt_name}   DOB {dobo_us}   Age {age90}
Address: {street}, {unit}, {city}, {st} {zip}    Phone {pt_phone}
Model: {brand_ha} (pair)   Left S/N {ha_sn_l}   Right S/N {ha_sn_r}
Charger S/N {dev_sn}    Domes: 8 mm open   Receiver: M
Fitting date {vd_us}.  30-day trial ends {dnext_us}. Price {money} (pair).
Warranty: 3 yr repair, 3 yr L&D, registered under acct {acct}.
Audiologist: {dr_name}, Au.D., NPI {npi}. Daughter {rel_name} present; cell {rel_phone}.""",
        """Hearing aid fitting note
{vd_dmy} - {fac_hear}
{pt_lfm} ({age90w} years old), MRN {mrn}, accompanied by {rel} {rel_first}.
Fit {brand_ha} bilaterally, SN L {ha_sn_l} / R {ha_sn_r}.
REM: matched NAL-NL2 within 5 dB at {hz}; gain {gain} at 2k.
Feedback manager run. Telecoil on program 3. Bluetooth paired to daughter's phone.
Pt counseled on care, batteries not needed (rechargeable). Cleaning kit {lot2}.
Follow-up {dnext_md} at {time2}. Remote fine-tuning link: {url2}
{dr_init}, Au.D.""",
        """REPAIR / LOANER LOG - {fac_hear}
date_in,patient,dob,side,serial,issue,loaner_serial,tech
{vd_us},"{pt_lf}",{dob_us},R,{ha_sn_r},dead - no charge,{dev_sn},{tech_first}
{dnext_us},"{pt_lf}",{dob_us},R,{ha_sn_r},returned from mfr,--,{tech_first}
Note: pt phone {pt_phone}; ship repaired aid to {street}, {city} {st} {zip} if not picked up.
Mfr RA# {order}.  Insurance: {org_ins} member {member_id}.""",
    ),
    # 7 ------------------------------------------------------------------------------------------
    "z_audiometric_eval_with_tymps": (
        """AUDIOLOGIC EVALUATION
{fac_hear}
Name: {pt_name}      DOB: {dob_us}      Date: {vd_us}
MRN: {mrn}     Referring: {dr2_name}, MD     Fax results to {dr_fax}
Hx: gradual bilateral loss, tinnitus R>L; retrocochlear lesion ruled out by MRI {year}.
Otoscopy clear AU. Tymps: {tymp} AD, {tymp} AS.
Pure tone (250 500 1k 2k 3k 4k 8k Hz, dB HL)
  R AC: {thr}
  L AC: {thr2}
PTA R {pta}; SRT {srt}; WRS {wrs} at 40 dB SL.
Impression: {icd_ear}. Candidate for amplification; {cpt_aud}; {cpt2_aud}.
{dr_name}, Au.D.  CCC-A   NPI {npi}""",
        """AUDIOGRAM - {pt_caps} - {dob_us} - ACCT {acct}
Test date {vd_iso} {time1}  Booth: {room2}  Calibration {year2}
          250  500  1000 2000 3000 4000 8000
AC RIGHT  {thr}
AC LEFT   {thr2}
SRT R/L {srt}   WRS R/L {wrs}   Tymp {tymp}
Comment: Results discussed with pt and wife {rel_name}. Hearing aid eval scheduled {dnext_abbr}.
Copy to PCP {dr2_lf} via fax {dr_fax}. Plan: {org_ins} ID {member_id}.""",
    ),
    # 8 ------------------------------------------------------------------------------------------
    "z_podiatry_at_risk_foot_visit": (
        """{fac_foot} - Podiatry Progress Note
Patient: {pt_name}  DOB: {dobo_us}  Age: {age90}   MRN {mrn}
DOS: {vd_us}   Provider: {dr_name}, DPM  (Lic {lic_dpm}, NPI {npi})
Class findings: absent DP/PT pulses, protective sensation absent (monofilament 3/10).
Hx {icd_foot}; {eponym}.  A1c {a1c}, eGFR {egfr}.
Procedure: {cpt_foot}; {cpt2_foot}. Nails 1-5 bilat debrided, {icd2_foot}.
R heel ulcer {wound}, {grade}, granular base.
Diabetic shoes: {hcpcs_shoe} x3 pairs, size {shoe}; cert statement faxed to PCP {dr2_name} at {dr_fax}.
Lives with {rel} {rel_first} at {street}, {city}. RTC {dnext_md}.""",
        """FOOT CARE VISIT (home-bound)     {vd_abbr}
{pt_lfm}, {age90w} y/o, seen at home - {street}, {unit}, {city} {zip}.
Caregiver {cg_name} let me in; she can be reached at {cg_phone}.
Medicare {mbi}; secondary {org_ins} {member_id}.
Mycotic nails x10, painful, Q8 modifier class B findings. Callus sub 5th met R pared ({cpt2_foot}).
Vitals: BP {bp}, HR {hr}. No open lesions. Braden {braden}.
Next routine foot care {dnext_us}.
{dr_first} {dr_last}, DPM""",
    ),
    # 9 ------------------------------------------------------------------------------------------
    "z_chiropractic_daily_travel_card": (
        """CHIROPRACTIC DAILY NOTES / TRAVEL CARD
{fac_foot}   PT: {pt_caps}   ACCT {acct}   DOB {dob_us2}
Ins: {org_ins}  ID {member_id}  Grp {group}   Auth {pa} ({visits} visits)
Date     S (pain)  Segments        Tx                     DC
{dprev_short}     {pain}     C5-6 L4-5 SI-R  {cpt_chiro}        {dr_init}
{vd_short}     {pain}     T4-6 L5         {cpt_chiro}; {cpt2_chiro}   {dr_init}
{dnext_short}     --       --              scheduled {time2}
MVA {donset_us} - claim {claim}, adjuster {rel_name} {rel_phone2}.
Attorney lien on file. DC lic {lic_dc}.""",
        """SOAP - {vd_us}
{pt_name} ({pt_age} y/o), chart {chart}
S: LBP {pain}, worse sitting at work (employer ID {emp}). Radiates to R buttock.
O: {rom} lumbar flexion, SLR neg, Kemp's + R. Subluxation L5/S1, R SI.
A: {icd_spine}; {icd2_spine}.
P: CMT {cpt_chiro}, EMS 15 min, ice. HEP issued. {freq}.
Work note faxed to employer HR at {fac_fax}.
{dr_name}, DC""",
    ),
    # 10 -----------------------------------------------------------------------------------------
    "z_outpatient_pt_plan_of_care_recert": (
        """{fac_pt}
{fac_street} | {fac_city}, {st} {fac_zip} | P {fac_phone} | F {fac_fax}

PLAN OF CARE - RECERTIFICATION            Please sign and fax back to {fac_fax}
To: {dr_name}, MD   Fax: {dr_fax}
Patient: {pt_lf}    DOB {dob_us}    MRN {mrn}    Medicare {mbi}
SOC {dsoc_us}   Cert period {vd_us} - {dexp_us}   Onset {donset_us}
Dx: {icd_rehab}; treating dx {icd2_rehab}
Goals: ascend 12 steps w/ rail; TUG < 14 s (now {tug}); Berg {berg}.
Interventions: {cpt_pt}; {cpt2_pt}; {cpt3_pt}.   Freq/dur: {freq}.
Gait lab capture ID {bio_gait} (treadmill, markerless) - kept for comparison.
Therapist: {th_name}, PT, DPT   Lic {lic_pt}   NPI {npi2}
Physician signature ____________________  Date ________""",
        """OUTPATIENT PHYSICAL THERAPY - PROGRESS / RECERT
Pt {pt_name} | {dob_iso} | acct {acct} | {org_ins} {member_id}
Visit #{visits} on {vd_long}, {time1}-{time2}
Subjective: "stairs at my daughter's place on {street2} are easier now." Pain {pain}.
Objective: knee {rom}, quad {mmt}, TUG {tug}, Berg {berg}.
Assessment: {icd_rehab}, progressing; requires continued skilled care per {policy}.
Plan: continue {freq}; recert sent to {dr_last} ({dr_fax}) on {vd_us2}.
Signed {th_name} PT, DPT {lic_pt}""",
        """PT DAILY / RECERT COVER
FROM {fac_pt} TO DR. {dr_caps}   FAX {dr_fax}   PAGES {pages}
RE: {pt_caps}   DOB {dob_us}
Please sign the attached POC (cert {vd_us} through {dexp_us}) - Medicare requires
signature within 30 days. Questions: {th_first} at {fac_phone} or {th_email}.
Telehealth visits conducted from pt home network (IP {ip}) on {dprev_us}.""",
    ),
    # 11 -----------------------------------------------------------------------------------------
    "z_ot_driver_rehab_evaluation": (
        """DRIVER REHABILITATION EVALUATION - Occupational Therapy
{fac_pt}
Client: {pt_name}    DOB {dob_us}    MRN {mrn}
Driver license #: {dl} ({st}), class D, exp {dexp_us}
Vehicle used for on-road: client's own, plate {plate}, VIN {vin}
Referred by {dr_name}, MD (NPI {npi}) after {icd_rehab} ({donset_abbr}).
Clinical: MoCA {moca}, Trails B 142 s, visual fields full, {va} OU, reaction time 0.68 s.
On-road route: residential {hood} to {city} business district, 42 min.
Results: 2 critical errors (lane drift L, missed stop). Recommend: not safe to resume driving at this time;
re-eval after {freq} of training. Adaptive: spinner knob, L foot accelerator.
{th_name}, OTR/L, CDRS   Lic {lic_pt}""",
        """OT DRIVING EVAL - SCHEDULING NOTE {vd_us}
Pt {pt_lf}, DL {dl}, called from {pt_phone}. Will bring own car - 2016 sedan, tag {plate}.
Wife {rel_name} to accompany. Eval {dnext_long} at {time1}, meet at {fac_street}.
Auth {pa} from {org_ins}. Self-pay portion {money2}.
Staff: {staff_name} ({emp})""",
    ),
    # 12 -----------------------------------------------------------------------------------------
    "z_slp_aac_device_trial_report": (
        """SPEECH-LANGUAGE PATHOLOGY - AAC DEVICE TRIAL SUMMARY
Client: {pt_name}   DOB {dob_us}   MRN {mrn}
Dx: {icd_slp}; {eponym}
Trial device: {brand_aac} loaner S/N {dev_sn}, trial {dprev_us} to {vd_us}
Vendor rep: {tech_name}, {tech_phone}
Findings: used 2-3 symbol utterances across 4 settings; {pct} independent requests.
Recommend purchase of dedicated SGD ({hcpcs_slp}); funding via Medicaid {medicaid}.
Parent/guardian {rel_name} agrees; e-mail {rel_email}.
Teletherapy sessions via {url2} (session log shows IP {ip}).
{th_name}, M.S., CCC-SLP   {lic_slp}   NPI {npi}""",
        """SLP visit {vd_us}  ({cpt_slp})  {dur}
{pt_first} worked on core vocabulary with {brand_aac} (SN {dev_sn}). Mom ({rel_first}) present.
Goals: 5 core words/session -> met. Dysphagia screen: {cpt2_slp} not indicated.
Family reports device dropped {dprev_md}; screen intact.
Voice banking started - voiceprint file {bio_voice} saved to device account.
Next: {dnext_md} {time2}.  -{th_init}, CCC-SLP""",
    ),
    # 13 -----------------------------------------------------------------------------------------
    "z_home_health_skilled_nursing_evv_note": (
        """SKILLED NURSING VISIT NOTE - {fac_home}
Patient: {pt_lfm}   MR#: {mrn}   DOB: {dobo_us} ({age90} y)
Address: {street}, {unit}, {city}, {st} {zip}   County: {county}
EVV: in {vd_dt} / out {time3}  GPS + voiceprint verified ({bio_voice})  device IP {ip}
Visit type: SN, {rev}. Mileage {miles}, agency vehicle {plate}.
VS: T {temp}, BP {bp}, P {hr}, R {rr}, SpO2 {spo2} on {o2}.
Wound R lower leg {wound}, {grade}; cleansed NS, {hcpcs_wound} applied.
Meds reconciled: {drug_gen}; {drug2_gen}. PT/INR {inr}.
Caregiver {cg_name} ({rel}) educated; ph {cg_phone}.
Physician notified: Dr. {dr_last}, office {dr_office_phone}.
Next SN visit {dnext_us}. Clinician: {rn_name}, RN   Emp {emp}""",
        """HH VISIT - {vd_md} - {pt_caps}
Pt is {age90w}, lives alone in {hood}, {city}. Key in lockbox (code with office).
Patient photo for ID verification: {photo}
{form_hh} follow-up. Braden {braden}. Fall risk high; Tinetti 14/28.
Daughter {rel_name} ({rel_phone}) visits evenings. Neighbor {aide_first} checks on pt mornings.
Mediset filled x 2 wks. BG {gluc}. Left message for {dr_name} re: swelling.
Next visit {dnext_md}.  {rn_init}, LPN""",
        """EVV EXPORT
visit_id|client|client_dob|caregiver|emp_id|clock_in|clock_out|svc|verify|ip|location
{order}|{pt_lf}|{dob_iso}|{aide_name}|{emp}|{vd_dtiso}|{time3}|{rev}|FP:{bio_fp}|{ip}|{street} {city}
{ticket}|{pt_lf}|{dob_iso}|{rn_name}|{emp2}|{ddel_dtiso}|{time4}|SN|VOICE:{bio_voice}|{ip2}|{street} {city}
note: client Medicaid {medicaid}; agency provider {npi}""",
    ),
    # 14 -----------------------------------------------------------------------------------------
    "z_hospice_continuous_care_shift_log": (
        """CONTINUOUS HOME CARE - SHIFT LOG      {fac_hospice}
Patient: {pt_name}   Age {age90}   DOB {dobo_us}   Hospice ID {mrn}
Location: {street}, {city} {zip}   Level: {rev}
Crisis began {vd_dt}; symptom: terminal agitation, PPS {pps}, FAST {fast}.
 {time1}  RR {rr}, mottling knees. {drug2_hosp}.
 {time2}  family at bedside (son {rel_name}, dtr-in-law {cg_first}).
 {time3}  calm, {drug_hosp} given.
Chaplain {sw_name} visited. Attending of record: {dr_name}, MD (NPI {npi}).
Controlled meds lockbox opened by fingerprint (template {bio_fp}).
Hours this shift: 8.0 RN, 4.0 HHA ({aide_name}).   {rn_name}, RN""",
        """HOSPICE ADMISSION FACE SHEET - {fac_hospice}
Name: {pt_caps}  ("{pt_nick}")     SSN: {ssn}     Medicare: {mbi}
Born {dobo_long} - {age90w} years of age
Residence: {street}, {unit}, {city}, {county}, {st} {zip}
POA/primary caregiver: {rel_name}, {rel}, {rel_phone} / {rel_email}
Terminal dx: {icd_hospice}; related {icd2_hospice}
Election date {vd_us}; benefit period 1 ends {dexp_us}
Funeral home of choice: {fac_hosp} mortuary liaison
Admitting RN {rn_name}; IDG physician {dr_name}
ID photo taken at admission: {photo}""",
        """hospice on-call log  {vd_md}
{time1} - call from {rel_first} ({rel_phone2}) re pt {pt_last}, {age90}yo: "breathing funny." Coached on positioning, {drug2_hosp}.
{time2} - RN {rn_first} dispatched to {street}; mileage {miles}.
{time3} - RN reports pt resting, RR {rr}, family updated. Pronounced? no.
Follow up w/ team {dnext_md}. MR {mrn}.""",
    ),
    # 15 -----------------------------------------------------------------------------------------
    "z_home_infusion_picc_nursing_visit": (
        """HOME INFUSION NURSING VISIT - {fac_pharm}
Patient {pt_name}  DOB {dob_us}  Pt# {mrn}  Rx {rx}
Therapy: {drug_iv} via {brand_pump} pump S/N {pump_sn}
Line: R basilic PICC 4 Fr DL, ext length 2 cm, UDI {udi}
Visit {vd_us} {time1}. Dressing change + cap change. Site clean, no erythema.
Labs drawn: CBC, BMP, CRP, vanc trough ({vanc_trough} last). Courier pickup {time2}.
Results to ID MD {dr2_name} fax {dr_fax}.
Next supplies ship {dnext_md}. Pharmacist {ph_name}, RPh. RN {rn_name}.""",
        """INFUSION VISIT CHECKLIST
[x] Pt identified x2: name {pt_lf} / DOB {dob_iso}
[x] Pump {brand_pump} SN {pump_sn} - history reviewed, 0 occlusion alarms
[x] Med {drug2_iv} bag label matches Rx# {rx}, {lot}, BUD 72 h
[x] PICC measured, ext 0 cm; CHG dressing dated {vd_short}
Home: {street}, {unit}, {city}. Caregiver {cg_name} trained on disconnect.
Pharmacy DEA {dea} / NPI {npi}. Payer {org_ins} ID {member_id}.
Signed {rn_init}, RN  {vd_dt}""",
        """Home infusion intake
Referral received {dord_us} from {fac_hosp} CM {sw_name} ({sw_phone}).
Pt {pt_name_mi}, SSN last four {ssn4}, Medicare {mbi}, secondary {member_id}.
Start of care {vd_us}. Per diem {hcpcs_inf}. Pump {pump_sn} allocated.
Deliver to {street}, {city} {st} {zip}; contact {rel_name} {rel_phone}.""",
    ),
    # 16 -----------------------------------------------------------------------------------------
    "z_specialty_pharmacy_refill_assessment_call": (
        """REFILL ASSESSMENT CALL - {fac_pharm}
Outbound to {pt_phone}  {vd_dt12}  Agent: {staff_name} ({emp})
Verified: {pt_name}, DOB {dob_us}, address {street}, {city} {zip}
Rx #{rx}: {drug_spec}, qty {qty}, refills left {refills}
Adherence: missed 0 doses. Injection site reactions: none. Side effects: mild fatigue.
Next dose due {dnext_us}. Ship {ddel_us} via cold pack, signature required.
Copay card applied, pt responsibility {copay}. Ins {org_ins} ID {member_id}, PA {pa} exp {dexp_us}.
Clinical questions routed to {ph_name}, PharmD.""",
        """Specialty Rx - IVR/web refill record
Caller ID {pt_cell}; voice biometric match {bio_voice} (score 0.93)
Patient {pt_lf}  Rx {rx} / {rx2}
Web refill submitted from IP {ip} via {url}
Delivery window {ddel_md} {time2}-{time3}. Delivery address confirmed, {unit} buzzer.
Will-call photo ID on file: {photo}
Prescriber {dr_name} NPI {npi} DEA {dea}. Notes: {eponym} dx, {icd_inf}.""",
        """PATIENT CARE MANAGEMENT NOTE
{vd_long}. Spoke with {rel} {rel_name} (HIPAA authorized) at {rel_phone}.
Pt {pt_first} {pt_last} ({dob_us}) on {drug2_spec} since {year}. Reports stable.
Lab: ALT normal per {dr_last} office. Next shipment {dnext_abbr} to {street}, {city}.
Rx {rx}; PA ref {pa}. Payer fax {payer_fax}. -{ph_init}, RPh, lic {lic_rph}""",
    ),
    # 17 -----------------------------------------------------------------------------------------
    "z_cold_chain_courier_delivery_manifest": (
        """{org_courier} - ROUTE MANIFEST  Route {qty}  Driver {drv_name} (ID {emp2})
Vehicle {plate}  VIN {vin}  Reefer setpoint 2-8 °C
stop,recipient,address,city,zip,phone,rx,pkg,temp_out,temp_in,pod_time
1,"{pt_lf}","{street} {unit}",{city},{zip},{pt_phone},{rx},{track},{cold},{cold2},{ddel_dt}
2,"{rel_lf}","{street2}",{city2},{zip2},{rel_phone},{rx2},--,{cold},{cold2},{time3}
Data logger {lot2} no excursion. Dispatch: {fac_pharm}.""",
        """COLD CHAIN EXCURSION REPORT
Shipment {track} for {pt_name} (Rx {rx}) left {fac_pharm} {dord_dt}.
Logger reading at delivery {cold2} (limit 8.0 °C) for 47 min. Product: {drug_spec}, {ndc}, {lot}.
Courier van {plate}, driver {drv_first}. Pt at {street}, {city} notified at {pt_phone}; told not to use.
Replacement shipped {ddel_us}. QA ref {case}. Reviewed by {ph_name}, RPh.""",
        """PROOF OF DELIVERY
Tracking: {track}    Delivered {ddel_dt12}
Consignee: {pt_caps}   {street_caps}, {city_caps} {st} {zip}
Left with: {rel_first} ({rel})    Signature captured    Photo of package only
Driver {drv_name}, vehicle {plate}
Status page: {url}""",
    ),
    # 18 -----------------------------------------------------------------------------------------
    "z_dme_proof_of_delivery_setup_ticket": (
        """{fac_dme}
DELIVERY TICKET / PROOF OF DELIVERY          Ticket {ticket}
Ship date {ddel_us}   Sales order {order}   Acct {acct}
Patient: {pt_name}   DOB {dobo_us}   Age {age90}
Deliver to: {street}, {unit}, {city}, {st} {zip}   Ph {pt_phone}
Item                         HCPCS   Qty  Serial
{brand_mob}                      {hcpcs_mob}  1  {wc_sn}
Cushion / anti-tippers       {hcpcs2_mob}  1  n/a
Setup by {tech_name} ({emp}). Pt/caregiver instructed, manuals left.
Received by: {rel_name}   Relationship: {rel}   Date {ddel_us}
Ordering: {dr_name}  NPI {npi}. Medicare {mbi}.""",
        """ENTREGA DE EQUIPO / EQUIPMENT DELIVERY (bilingual)
Paciente / Patient: {pt_lf}     Fecha nac. / DOB: {dob_eu}
Dirección / Address: {street}, {city} {zip}
Equipo: {hcpcs_mob} - {brand_mob}, No. de serie {dev_sn}
Equipo: {hcpcs3_mob}, No. de serie {dev_sn2}
Recibido por / Received by: {rel_name} ({rel})   Tel. {rel_phone}
Fecha / Date: {ddel_dmy}    Técnico: {tech_first}    Camión / Truck {plate}
Medicaid #{medicaid}""",
        """RENTAL PICKUP {vd_us} - {fac_dme}
Pt {pt_caps}, acct {acct}: hospital bed {hcpcs_mob} SN {dev_sn} and {hcpcs2_mob} SN {wc_sn} picked up
after pt death {dprev_us} (per hospice). Family contact {rel_name} {rel_phone}.
Final rental month billed; claim {claim}. Driver {drv_name}, truck {plate}.""",
    ),
    # 19 -----------------------------------------------------------------------------------------
    "z_pap_compliance_cloud_download": (
        """PAP COMPLIANCE REPORT   {brand_pap}
Patient: {pt_lf}     DOB: {dob_us}     Pt ID: {mrn}
Device S/N: {cpap_sn}   Modem: cellular, last connect {vd_dt}  IP {ip}
Usage period {dprev_us} - {vd_us} (30 days)
Days used >= 4 h: {use_pct}   Avg usage (all days): {usage}
Pressure: {apap}  95th pct {cpap_p}   Leak 95th {leak}
AHI {ahi2}  (CA 0.4, OA 1.2, H 1.8)
Mask: {brand_mask} ({hcpcs2_pap}). Supplies eligible {dnext_md}.
DME: {fac_dme}, RT {th_name}, ph {fac_phone}
Physician: {dr_name}, MD  NPI {npi}
Report link: {url}""",
        """CMS 90-day compliance check - {fac_dme}
Pt {pt_name} | acct {acct} | Medicare {mbi}
Set-up {dsoc_us}; window ends {dexp_us}. Device {cpap_sn}.
Best 30 consecutive days: {use_pct} >= 4h. Needs >= 70% -> face-to-face with {dr_last} by {dnext_us}.
Called pt {pt_cell}, left VM. Emailed {pt_email} troubleshooting for mask leak ({leak}).
RT note: pt states "{pt_nick} just rips the mask off at 3 a.m." per wife {rel_first}.
{tech_init}, RRT""",
        """AirView-style export
serial,patient,dob,date,usage_h,ahi,leak95,pressure95,ip_last
{cpap_sn},{pt_lf},{dob_iso},{dprev_iso},{usage},{ahi2},{leak},{cpap_p},{ip}
{cpap_sn},{pt_lf},{dob_iso},{vd_iso},{usage},{ahi2},{leak},{cpap_p},{ip2}
owner: {fac_sleep}""",
    ),
    # 20 -----------------------------------------------------------------------------------------
    "z_oxygen_concentrator_rental_ledger": (
        """OXYGEN RENTAL LEDGER - {fac_dme}
Pt: {pt_caps}  Acct {acct}  SSN {ssn}  Medicare {mbi}  CMN init {dsoc_us}  recert {dexp_us}
Qualifying SpO2 {spo2} RA at rest (test date {dord_us}, by {fac_hosp})
Mo  Bill date     HCPCS   Equipment SN       Allowed
01  {dsoc_us}   E1390   {conc_sn}   {money2}
02  {vd_us}   E1390   {conc_sn}   {money2}
02  {vd_us}   E0431   {dev_sn}   {money2}
Delivery route driver {drv_name}, van {plate}. Rx {o2} continuous. Dx {icd_resp}.
Site: {street}, {city}, {county}. Smoking in home: denied, {rel} smokes outside.""",
        """O2 SAFETY / MAINTENANCE VISIT  {vd_us}
Tech: {tech_name}   Emp# {emp}
Patient {pt_name}, {age90} y/o, DOB {dobo_us}
Concentrator {brand_o2} SN {conc_sn}: hours 11,842, O2 purity 93%, filter changed.
Portable {brand_poc} SN {dev_sn}: batteries tested.
Home: {street}, {unit}, {city} {zip}. No open flames. Signs posted.
Customer signature: {rel_name} ({rel}). Callback {rel_phone}.""",
    ),
    # 21 -----------------------------------------------------------------------------------------
    "z_prosthetic_socket_casting_worksheet": (
        """PROSTHETIC MEASUREMENT & CASTING WORKSHEET - {fac_dme}
Patient: {pt_name}   DOB {dob_us}   MRN {mrn}
Amputation: {icd_amp}, date of amputation {donset_us}, {fac_hosp}
Residual limb: length 14.5 cm MTP-end; circumf. 5 cm intervals 31/30/28/25 cm
Sock ply: {sock}. K-level K3. Activity: walks dog in {hood}.
Components: {brand_op}; pylon; Össur Iceross liner 26 cm. Shoe {shoe}.
Existing socket S/N {dev_sn}; new foot S/N {dev_sn2} (UDI {udi})
Rx: {dr_name}, MD, NPI {npi}, dated {dord_us}. Prosthetist: {th_name}, {lic_cpo}.
Check socket fitting {dnext_us}. Pt phone {pt_phone}. Ins {org_ins} {member_id}.""",
        """ORTHOTIC DISPENSE NOTE
{vd_us}  {pt_lfm} ({pt_age}), MRN {mrn}
Item: {hcpcs_op} custom-fabricated, cast taken {dprev_us}. Serial/lot for this patient's device: {dev_lot}.
Fit good, skin check 20 min no redness. Wear schedule given. {eponym2} hx.
Ordering {dr2_name} NPI {npi2}. Acct {acct}. Orthotist {th_name}, {lic_cpo}.""",
    ),
    # 22 -----------------------------------------------------------------------------------------
    "z_in_lab_polysomnography_interpretation": (
        """{fac_sleep}
{fac_street}, {fac_city}, {st} {fac_zip}  Tel {fac_phone}  Fax {fac_fax}

POLYSOMNOGRAPHY REPORT ({cpt_sleep})
Patient: {pt_name}    DOB: {dob_us}    Study #: {study}    MRN: {mrn}
Study date: {vd_us} (lights out {time1}, lights on {time2})
Referring: {dr2_name}, MD    Tech: {tech_name}, RPSGT
Ht {ht} Wt {wt} BMI {bmi}  ESS {ess}
TST 382 min, SE 84%, REM 17%. AHI {ahi} (REM AHI higher), ODI {odi}, SpO2 nadir {nadir}.
Cheyne-Stokes breathing not seen. PLMI 6/h.
Impression: {icd_sleep}. Recommend APAP {apap}, mask fitting; avoid sedatives.
Interpreting physician: {dr_name}, MD, D-ABSM   NPI {npi}   signed {dnext_us}""",
        """SLEEP LAB NIGHT LOG
Bed {room}  {vd_us}
Pt {pt_lf}, study {study}, arrived {time1} with spouse {rel_first}.
Wheelchair van dropped off (plate {plate}).
Split night: dx portion AHI {ahi} -> titrated to {cpap_p}. Mask: {brand_mask}.
Video recording file for arousal review stored (pt face visible): {photo}
Tech {tech_name}  Emp {emp}""",
    ),
    # 23 -----------------------------------------------------------------------------------------
    "z_sud_outpatient_intake_asam_packet": (
        """{fac_bh} - OUTPATIENT SUD INTAKE          42 CFR Part 2 protected
Client name: {pt_name}    AKA: {pt_nick}    Client ID: {client_id}
DOB: {dob_us}   SSN: {ssn}   State ID/DL: {dl}
Address: {street}, {unit}, {city}, {st} {zip}   Phone: {pt_cell}
Payer: Medicaid {medicaid}
Emergency contact: {rel_name} ({rel}) {rel_phone}
Referral source: drug court, case {case}; PO {sw_name}, {sw_phone}
Substances: opioids (IV), last use {dprev_us}; alcohol AUDIT-C {auditc}.
COWS {cows}; CIWA {ciwa}. PHQ-9 {phq9}, GAD-7 {gad7}.
ASAM dimensions 1-6 reviewed -> level {asam}. Dx {icd_bh}.
Dosing enrollment: palm-vein template {bio_palm}; photo for dosing window {photo}
Intake clinician: {th_name}, {lic_lcsw}   Date {vd_us}""",
        """MAT dosing window - new patient setup  {vd_iso}
Pt {pt_caps}   ID {client_id}   DOB {dob_iso}
Fingerprint template enrolled: {bio_fp}   ID photo: {photo}
Starting dose {drug_sud}. Prescriber {dr_name}, DEA {dea}.
Take-home eligibility reviewed per {policy}. Next UDS {dnext_us}.
Ride: pt's vehicle, plate {plate}, parking permit issued.
Nurse {rn_name}""",
        """ASAM CONTINUUM SUMMARY (printed)
CLIENT {pt_last_caps}, {pt_first}  | DOB {dob_dmy} | Case {case}
Interview {vd_dt}; interviewer {th_name}
D1 withdrawal: COWS {cows}. D2: {icd2_bh}. D3: PHQ-9 {phq9}.
D4: contemplative. D5: high relapse risk. D6: lives w/ {rel} in {hood}, {city}.
Recommended level {asam}; placement {fac_bh}.
Consent for release to {org_ins} signed; expires {dexp_long}.""",
    ),
    # 24 -----------------------------------------------------------------------------------------
    "z_behavioral_health_intake_bilingual_form": (
        """FORMULARIO DE ADMISIÓN / INTAKE FORM - {fac_bh}
Nombre / Name: {pt_name}          Fecha de nacimiento / DOB: {dob_eu}
Seguro Social / SSN: {ssn}        Medicaid: {medicaid}
Dirección / Address: {street}, {unit}, {city}, {st} {zip}
Teléfono / Phone: {pt_phone}      Correo / Email: {pt_email}
Contacto de emergencia: {rel_name} ({rel}), {rel_phone}
Motivo de consulta / Reason: ansiedad, insomnio. PHQ-9 {phq9}, GAD-7 {gad7}.
Medicamentos: {drug_gen}.  Dx provisional {icd_bh}.
Terapeuta asignado / Therapist: {th_name}, {lic_lcsw}
Primera cita / First appt: {dnext_long} {time2}
Telehealth link: {url2}""",
        """BH INTAKE SCREEN (phone)  {vd_dt}
Caller: {pt_first} {pt_last}, {pt_age}, DOB {dob_us2}, cb {pt_cell}.
Referred by PCP {dr_name} ({dr_office_phone}). Ins {org_ins} member {member_id} grp {group}.
Safety: C-SSRS screen neg today; hx SI {year}. Lives with partner {rel_first} in {hood}.
Employment: warehouse, employee badge {emp}. Work email {pt_email}.
Scheduled intake {dnext_us} with {th_first}; MRN created {mrn}.
Screener {staff_name}""",
        """CLIENT FACE SHEET  -  {fac_bh}
MRN {mrn}    Client {pt_lfm}    Pronouns she/her
DOB {dob_us}    SSN xxx-xx-{ssn4}
Addr {street} / {city} / {county} / {zip}
Guardian: n/a   ROI on file for: {rel_name} ({rel}), {dr2_name} (PCP)
Portal login e-mail {pt_email}; last portal login from {ip}
ID photo: {photo}""",
    ),
    # 25 -----------------------------------------------------------------------------------------
    "z_ostomy_wound_supply_monthly_order": (
        """MONTHLY SUPPLY ORDER - OSTOMY/WOUND          {fac_wound}
Order {order}   Order date {dord_us}   Ship {ddel_us}
Patient: {pt_name}   DOB {dob_us}   Ins {org_ins} ID {member_id}
Ship to: {street}, {unit}, {city}, {st} {zip}
Stoma {stoma}, flange {flange}, {icd_ostomy}
 Qty  HCPCS   Item
 {qty2}   {hcpcs_ostomy}   {brand_ostomy}
 10   {hcpcs2_ostomy}
 20   A4364 adhesive remover wipes
Wound R sacrum {wound}, {grade} - foam {hcpcs_wound} x 30.
Ordering: {dr_name} NPI {npi}; WOC nurse {rn_name} ({rn_phone}).
Pt confirmed need by phone {pt_phone} on {vd_us}; no excess supply on hand.""",
        """WOUND/OSTOMY REORDER CALL  {vd_us}
Called {pt_lf} at {pt_cell} - spoke with husband {rel_first}.
Using {brand_ostomy}, changes every 4 days, leak x1 since {dprev_md}. Stoma {stoma}.
Add barrier rings. Ship to alternate address: {street2}, {city2} {zip2} (staying with {rel2} until {dnext_md}).
Acct {acct}. Medicare {mbi}. CSR {staff_name}""",
    ),
    # 26 -----------------------------------------------------------------------------------------
    "z_dietitian_mnt_followup_note": (
        """MEDICAL NUTRITION THERAPY - FOLLOW-UP ({cpt_mnt})
Patient: {pt_name}   DOB {dob_us}   MRN {mrn}   Visit {vd_us}
Referring: {dr_name}, MD   Dx: {icd_nutr}; {icd2_nutr}
Anthro: Ht {ht}, Wt {wt} (was {wt} on {dprev_short}), BMI {bmi}.
Labs: A1c {a1c}, albumin {alb}, prealbumin {prealb}, eGFR {egfr}.
Diet recall: skips breakfast, 2 regular sodas/day.
Est needs: {kcal}, protein {protein}, fluid {fluid}.
Goals: swap soda for sparkling water; plate method; walk with {rel} {rel_first} after dinner.
RTC {dnext_md}. {th_name}, RD, LD ({lic_rd})""",
        """Dietitian tele-visit {vd_dt}
{pt_first} joined from home ({city}), video link {url2}, client IP {ip}.
Tube feeding regimen: Jevity 1.5 at 60 mL/h x 18 h = {kcal}.
Wt {wt_kg}. Skin intact. Caregiver {cg_name}. Pump S/N {pump_sn} alarms reviewed.
Next {dnext_us}. RD {th_first} {th_last}""",
    ),
    # 27 -----------------------------------------------------------------------------------------
    "z_allied_prior_auth_request_fax": (
        """FAX  *  PRIOR AUTHORIZATION REQUEST  *  {pages} pages
To: {org_ins} Utilization Mgmt    Fax: {payer_fax}
From: {fac_dme}    Fax: {fac_fax}    Phone: {fac_phone}
Date: {vd_us}    Contact: {staff_name}, {staff_email}

Member name: {pt_lf}       Member ID: {member_id}     Group: {group}
DOB: {dob_us}              SSN (if required): {ssn}
Item/service: {hcpcs_pap}; {hcpcs2_pap}      Dx: {icd_sleep}
Ordering provider: {dr_name}   NPI {npi}   Ph {dr_office_phone}   Fax {dr_fax}
Supplier NPI {npi2}. Face-to-face {dprev_us}. Sleep study {study} (AHI {ahi}).
Urgent? No. Prior ref # (if resubmission): {pa}
CONFIDENTIALITY: this fax contains PHI...""",
        """PA STATUS LOG
submitted {dord_dt} via portal (session IP {ip}) - ref {pa}
pt {pt_caps} / {dob_us} / mbr {member_id}
svc: PT {freq} ({cpt_pt}, {cpt2_pt}) at {fac_pt}
{vd_dt}: pended, need notes. Faxed 6 pages to {payer_fax}.
{dnext_us}: approved {visits} visits through {dexp_us}. Called pt {pt_phone}.
Rep: {rel_first} at payer (call ref {case}).""",
        """[OCR] PR1OR AUTH0RIZATION - HEAR1NG AIDS
Mernber: {pt_name_ocr}   D0B {dob_ocr}   ID {member_id}
Prov: {fac_hear}   NPI {npi}   Fax {fac_fax}
Audiogram date {vd_ocr}; PTA {pta}; WRS {wrs}
Req: {hcpcs_ha} x2 binaural  Est {money}
Sent to payer fax {payer_fax} - conf. pg 1/{pages}""",
    ),
    # 28 -----------------------------------------------------------------------------------------
    "z_scanned_referral_ocr_allied": (
        """REFERRAL  ---  INCOMING FAX {vd_dt}  FROM: {dr_fax}  PG 1/{pages}
To: {fac_pt}  /  {fac_foot}
Patient: {pt_name_ocr}           D.O.B. {dob_ocr}
MRN {mrn_ocr}    Phone {pt_phone}
Address {street}, {city}, {st} {zip}
Referral #{ref}   Diagnosis {icd_rehab}
Please eval & treat - {cpt_pt}. {freq}.
Referring: {dr_caps}, MD   NPI {npi}   Office {dr_office_phone}
Ins: {org_ins}  Member {member_id}
Signature: ______ {dr_init}""",
        """Scanned 2 pages - referral for home health
PATIENT NAME {pt_caps}      SEX F     DOB {dob_us}   AGE {age90}
HOME ADDR {street_caps} {unit}
          {city_caps} {st} {zip}
Services: SN, PT, OT, MSW - {icd2_rehab}; homebound: leaves home only for dialysis.
Agency: {fac_home}   Fax {fac_fax}
From {fac_hosp}, discharge planner {sw_name} {sw_phone}, referral {ref}
Face-to-face encounter {dprev_us} by {dr2_name}. Start of care requested {dnext_us}.
Medicare {mbi}; Medicaid {medicaid}. Daughter {rel_name} {rel_phone}.""",
        """=== e-referral (auto-print) ===
ref_id: {ref}
sent: {vd_dtiso}
from: {dr_name} <{dr_email}>
to: {fac_sleep} intake <{fac_email}>
patient: {pt_lf}   dob: {dob_iso}   mrn: {mrn2}
reason: snoring, witnessed apneas, ESS {ess}; {icd_sleep}
order: {cpt_sleep}
attachments: notes_{ref}.pdf
portal: {url}""",
    ),
}

NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """DENTAL OFFICE FEE SCHEDULE (internal)          claim form {form_ada}
{cdt1}   {money}
{cdt2}   {money2}
{cdt3}   {money}
Perio charting reminder: record 6 sites per tooth, e.g. {tooth1} {pd6}. Anesthetic stock {lot}.""",
    """Hygiene protocol {policy}: sterilize handpieces after every patient. Ultrasonic scaler tips replaced every {count} uses.
Spore test weekly. Tooth numbering: Universal 1-32; primary {tooth_p}. {cdt1} requires FMX within {count} months.""",
    """OPTICAL LAB QC SHEET
Tolerance: sphere ±0.13 D up to 6.50 D; cylinder ±0.13 D; axis ±2° for cyl > 1.50 D.
Sample job: OD {rx_od} OS {rx_os} ADD {add} PD {pd} - within tolerance.
Lens blanks {lot}; coating batch {lot2}. {brand_spec} stock count {qty}.""",
    """Contact lens care handout: rub and rinse, replace case every 3 months, never use tap water.
Typical soft lens parameters: BC {bc}, DIA {dia}. Acanthamoeba risk with water exposure. VA goal {va2}.""",
    """AUDIOMETER CALIBRATION LOG (booth {room2})
Listening check {time1}: pass. Biological check {hz} {gain}. Annual electroacoustic cal due {year2}.
Reference thresholds (tech): {thr}. Tympanometer probe tone 226 Hz, {tymp} on test cavity.""",
    """Hearing aid stock received: {brand_ha} x {qty}, {brand2_ha} x {qty2}; receivers M/P; domes {lot2}.
Trial-period policy {policy}: 45 days, restocking fee {money2}. Warranty codes per manufacturer.""",
    """PODIATRY CLINIC - DIABETIC FOOT PROTOCOL
Annual monofilament at 10 sites; refer if < 8/10. Class findings per {policy}.
Therapeutic shoes {hcpcs_shoe}; inserts {hcpcs2_shoe} x 3 pairs per year. {eponym} requires offloading (TCC).
Example: {grade} ulcer {wound}, A1c {a1c}.""",
    """Chiropractic coding reminder: {cpt_chiro}; 98941 for 3-4 regions; AT modifier for active treatment only.
Maintenance care is not covered by {org_ins}. Documentation: PART (pain, asymmetry, ROM {rom}, tissue).""",
    """PT CLINIC OUTCOME DASHBOARD (aggregate)
Mean Berg gain: {count} points; mean TUG {tug}; visits per episode {visits}. {cpt_pt} most billed.
Rev code {rev}. Therapist productivity {pct}. No individual data in this report.""",
    """OT HOME SAFETY CHECKLIST (blank)
[ ] grab bars  [ ] raised toilet seat E0244  [ ] night lights  [ ] remove throw rugs
[ ] tub transfer bench  [ ] stairs rails both sides. Score each 0-2. Form OT-HS1 v3.
Target: Berg {berg}, TUG {tug}; reassess in {count} visits. Typical client age {age_y}, {icd_rehab}.""",
    """SLP DEPARTMENT: AAC loaner pool
{brand_aac} units: {qty}; charger kits {lot2}. Loaner period 30 days. Funding codes {hcpcs_slp}, E2599.
Voice output settings default. Dysphagia diets per IDDSI levels 0-7; {cpt_slp}.""",
    """HOME HEALTH AGENCY - STAFF MEETING MINUTES
Agenda: {form_hh} accuracy, hospitalization rate {pct}, wound photo policy {policy}.
Mileage reimbursement {money2}/mi. Next meeting {time2} in conference room. {role} to present.""",
    """Hospice IDG education: PPS {pps}, FAST {fast}, weight loss > 10% in 6 months support eligibility for {eponym}.
Continuous care requires >= 8 h in 24 h, > 50% nursing. Rev {rev}. {drug_hosp} per comfort kit.""",
    """HOME INFUSION COMPOUNDING LOG (batch)
Product {drug_iv}, {ndc}, {lot}, BUD 9 days refrigerated. Pharmacist check {time1}. USP 797 category 2.
Pump fleet: {brand_pump} x {qty}; last preventive maintenance {year2}.""",
    """Specialty pharmacy call script v{page}: verify two identifiers, ask about missed doses, injection site reactions,
infections, new meds. Cold pack shipping for {drug_spec}. Escalate to {role2} if fever > 100.4 F.""",
    """COURIER REEFER TEMPERATURE LOG - unit {lot2}
{time1} {cold}  {time2} {cold2}  {time3} {cold}  {time4} {cold2}
Setpoint 5 °C; alarm high 8 °C, low 2 °C. Door open events {count}. {org_courier} policy {policy}.""",
    """DME WAREHOUSE CYCLE COUNT
{hcpcs_mob} on hand {qty}; {hcpcs2_mob} on hand {qty2}; {hcpcs_o2} on hand {count}.
Cleaning/disinfection per {policy}. Returned stock quarantined 72 h. Forklift cert due {year2}.""",
    """PAP supply replacement schedule (Medicare): mask {hcpcs_pap} 1 per 3 months; cushions 2 per month; tubing 1 per 3 months.
Compliance rule: >= 4 h/night on 70% of nights in 30 consecutive days in first 90 days. Typical {brand_pap} with {brand_mask}.""",
    """Oxygen qualifying criteria: SpO2 <= 88% at rest or with exertion/sleep; group II 89% with cor pulmonale.
Concentrator {brand_o2} flow up to 5 LPM; portable {brand_poc}. Rx e.g. {o2}. {policy}.""",
    """O&P lab work order queue: {count} sockets, {qty} AFOs. Thermoformer at 180 °C. {hcpcs_op}. Sock ply {sock}.
Component stock {lot}. K-level definitions K0-K4 per {policy}.""",
    """SLEEP LAB SCORING RULES (AASM v3): hypopnea = 30% flow drop with 3% desat or arousal.
Severity: AHI 5-15 mild, 15-30 moderate, > 30 severe. Example study AHI {ahi}, ODI {odi}, nadir {nadir}. ESS > 10 abnormal.""",
    """SUD program census (de-identified): {count} clients level {asam}; mean COWS at intake {cows}; PHQ-9 median {phq9}.
Group schedule {time1} and {time2}. {drug_sud} inventory reconciled by {role}.""",
    """Behavioral health screening tools: PHQ-9 (0-27), GAD-7 (0-21), AUDIT-C (0-12), C-SSRS. Cut-offs: PHQ-9 >= 10 moderate.
Sample scoring sheet: PHQ-9 {phq9}, GAD-7 {gad7}, AUDIT-C {auditc}. Form BH-SCR-2 v4.""",
    """OSTOMY PRODUCT GUIDE: measure stoma ({stoma}) and cut barrier 1/8 in larger. Flange sizes {flange}.
{brand_ostomy} drainable pouch {hcpcs_ostomy}; max 20 per month per {policy}. Peristomal skin: {eponym2} not related.""",
    """Nutrition standards: {kcal} for weight maintenance, protein 1.2-1.5 g/kg, fluid 30 mL/kg.
Albumin {alb} is a poor marker in inflammation (CRP {crp}). {cpt_mnt}. Dietitian ratio 1:{count}.""",
    """PRIOR AUTH REQUIREMENTS GRID (payer-neutral)
{hcpcs_pap}: sleep study + F2F. {cpt_pt}: after {visits} visits. {cdt2}: narrative + X-ray. Turnaround {count} business days.
Fax cover template {form}; never include full SSN.""",
)
