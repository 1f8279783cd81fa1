"""Set F's note genres: twenty-one kinds of US clinical text that sets A-E do not use.

``{key}`` placeholders are filled from ``values.identifiers`` (typed: a gold span) and
``values.lookalikes`` (untyped filler). Room and bed numbers, lot numbers, pedigree positions
(II-3), tooth numbers and years on their own are filler, not identifiers.
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    "hospice_family_meeting": (
        "HOSPICE IDT / FAMILY MEETING NOTE\n"
        "Pt: {pt_caps}   DOB {dob}   MBI {mbi}\n"
        "Present: {rel} ({rel_role}, health care POA), {rel2_first} ({rel2_role}), {role}, RN case manager "
        "{nurse_full}.\n"
        "{hon} {pt_last} is {a_n} {age} {woman} with {epo} and end-stage heart failure, {score}, now bed-bound and taking sips only. "
        "Family reviewed the trajectory since the fall in {d_my}. {rel_first} asked whether to restart tube "
        "feeds; we discussed that this would not change the course. Consensus: comfort-focused care, continue "
        "{comfort}. {rel_first} will keep the family updated at {url_care}.\n"
        "Next IDT {d_wk}. Questions to the hospice line {phone}.",
        "Family meeting, {fac_hospice}, {visit_s} at {time2}.\n"
        "Met with pt's {rel_role} {rel} and {rel2_role} {rel2}, who drove in from {city2}. Pt ({pt_first}) "
        'was present and able to follow parts of the conversation; {he} said {he} wants to "go home to '
        '{hood}". Goals: home with hospice, no rehospitalization, DNR/DNI confirmed (POLST signed '
        "{visit_s}). Equipment: hospital bed, {cushion}, O2 concentrator serial {serial}.\n"
        "Address for DME delivery: {street}, {city}, {state} {zip}. Best contact {rel_first}, cell {phone}. "
        "Signed records faxed to PCP Dr. {doc_last} at {fax}.",
        "Palliative care consult follow-up - {pt_lastfirst} (MRN {mrn})\n"
        "Pt is {age_n} years old, admitted {d_prev} with recurrent aspiration. {score}; {lab}. "
        "{His} {rel_role} {rel_first} reports {he} stopped eating around {d_ord} of last month. "
        'We talked about what {pt_first} would want: {he} told {rel_first} years ago "no machines". '
        "Plan: transition to inpatient hospice unit, {comfort} for dyspnea. "
        "Discussed with {role} and Dr. {doc_init}.",
    ),
    "home_health_oasis": (
        "OASIS-E START OF CARE   M0090 date assessment completed: {visit}\n"
        "Patient: {pt}   Medicare #: {mbi}   Agency acct {acct}\n"
        "Address: {street}\n{city}, {state} {zip4}\n"
        "Primary caregiver: {rel_role}, {rel}, lives with pt. Phone {phone}.\n"
        "M1033 risk for hospitalization: {count} ED visits in last 6 mo. M1311 pressure ulcers: 1 stage 3, "
        "{cm}. M1830 bathing: 4. {bp}, HR {hr}, {spo2} on 2 L. Home safety: throw rugs removed, grab bars "
        "absent, shower chair ordered. Referring physician {doc}, NPI {npi}.",
        "SN visit {visit_s}, in at {time2}. Pt {pt_init} seen at home ({hood}, off {street}). {He} is "
        "{a_n} {age} {woman} living alone; {rel_role} {rel_first} checks in daily. Med rec: {med}; {med2}. "
        "Pill organizer filled through {d2}. Weight {wt}. Teaching on {anticoag} and fall precautions. "
        "{rel_first} has the agency after-hours number and pt's portal login. Next visit {d1}. "
        "Recert due {d3}.",
        "HHA supervisory visit - client {pt_caps}, Medicaid waiver ID {medicaid}.\n"
        "Aide {nurse_full} present. Client bathed, skin intact except {cm} area over sacrum. "
        'Client states "{nurse} is the only one who does my hair right." Lift chair serial {serial} '
        "reported broken; vendor called {phone_ext}. Client moving to {rel_role}'s house at {street2}, "
        "{city2} after {d2}; transfer OASIS to follow.",
    ),
    "wound_clinic": (
        "{fac_wound}\n"
        "{pt_lastfirst}   MRN: {mrn}   DOS: {visit}   Pt photo: {photo}\n"
        "Wound #2 R heel, pressure injury stage 4, {cm}, 30% slough. {score}. {lab}. "
        "Sharp debridement to subcutaneous tissue (11042). NPWT placed, 125 mmHg continuous; "
        "unit serial {serial}, canister changed. Dressing: {dressing}. Wound photos x3 to media tab. "
        "RTC {d1} with Dr. {doc_last}. Pt's {rel_role} {rel_first} will drive.",
        "Wound clinic f/u. {age} {sex} with DM2 (E11.621) and {epo}. L plantar ulcer improving since "
        "{d_prev}; {cm}. Offloading boot; {dressing} to base, {supplement} BID. {He} reports the home health nurse ({nurse}) "
        "comes M/W/F. HBO referral faxed to {fac_hosp}, fax {fax}. Pt asks that future letters go to "
        "PO address, not {street}. Next: {d_wk}.",
    ),
    "pt_daily_note": (
        "PHYSICAL THERAPY DAILY NOTE   Visit {count} of 16   {visit_s}\n"
        "Pt: {pt}   Acct: {acct}\n"
        'S: "My knee is better but stairs are still hard." Pain {pain}.\n'
        "O: TKA POD 19. AROM 5-98 deg. {score}. Gait 150 ft with RW, CGA. Ther-ex (97110) 25 min, "
        "neuromuscular re-ed (97112) 15 min.\n"
        "A: Progressing. P: cont POC 2x/wk through {d3}. Loaner RW serial {serial} returned to "
        "clinic. - {staff}, PT, DPT, lic. {lic_pt}",
        "pt {pt_init} seen for 45 min. {age} {woman}, s/p fall at home {d_prev} on the steps at "
        "{street}. Berg 38/56, TUG 19 s. Trained {rel_role} ({rel_first}) in gait belt use. {He} says "
        "{his} HMO (member ID {plan_id}) approved only 6 more visits. Wheelchair: Quickie, frame serial "
        "{serial}, seat cushion {cushion}. Next appt {d_wk} at {time2}.",
    ),
    "slp_swallow_eval": (
        "SPEECH-LANGUAGE PATHOLOGY: MODIFIED BARIUM SWALLOW STUDY\n"
        "Name: {pt_caps}   MRN {mrn}   Exam date: {visit}\n"
        "Referring: Dr. {doc}   Radiologist present: Dr. {doc_last}\n"
        "Hx: {age} {sex}, {epo}, R13.12 oropharyngeal dysphagia. Prior study {d_prev2} showed silent "
        "aspiration with thin liquids.\n"
        "Findings: PAS 7 with thin, PAS 3 with mildly thick (IDDSI 2). Chin tuck reduced penetration. "
        "Recs: IDDSI 5 minced & moist, mildly thick liquids ({thickener}), meds crushed in puree. "
        "Re-eval {d2}. {staff}, MS, CCC-SLP",
        "Bedside swallow eval {visit_s}, {room}. Pt ({pt_first} {pt_last}) alert, {score}. Oral motor: "
        "L facial droop. 3-oz water test failed, wet vocal quality. {His} {rel_role} {rel} states pt "
        '"always coughs with coffee" since {d_my}. Recommend NPO except meds in puree pending MBS '
        "{d1}. Discussed with {role}. Call SLP office {phone_ext} with questions.",
    ),
    "oral_surgery": (
        "ORAL & MAXILLOFACIAL SURGERY - {fac_dental}\n"
        "Patient {pt} (chart #{mrn})   DOB {dob}\n"
        "Procedure {visit}: extraction #{tooth}, #17, #32 under IV sedation; alveoloplasty. "
        "{suture}. EBL 20 mL. Implant planned site #{tooth}: fixture UDI {udi}.\n"
        "Pre-op extraoral full-face photos on file ({photo}). Rx: amoxicillin 500 mg TID x 7 d, ibuprofen 600 mg q6h PRN. Post-op check {d1}. "
        "Surgeon: {doc}, DDS, lic {lic_dds}, DEA {dea}.",
        "Dental clinic phone note {visit_s} {time2}: {pt_first}'s {rel_role} ({rel}) called {phone}; "
        "pt with swelling L mandible since {d_ord}, afebrile at home ({tempf} F). Tooth #{tooth} "
        "extracted {d_prev}. Advised warm rinses, amoxicillin 500 mg TID called in. Billing acct {acct} has a balance hold; "
        "front desk ({staff}) cleared it. Add-on tomorrow with Dr. {doc_init}.",
    ),
    "ophthalmology": (
        "{fac_eye}\nOphthalmology progress note - {pt_lastfirst}, MRN {mrn}, seen {visit}\n"
        "VA cc: OD {snellen}, OS {snellen}. IOP 19/24 (Goldmann). H40.1122. Dilated: C/D 0.7 OS.\n"
        "S/p phaco/IOL OD {d_prev2}; lens UDI {udi}.\n"
        "A/P: POAG OS, start latanoprost 0.005% 1 gtt OS qHS. HVF 24-2 next visit {d2}. "
        "{He} no longer drives; {rel_role} {rel_first} brings {him}. Copy to Dr. {doc}, fax {fax}.",
        "Eye clinic / retina. {age} {sex}, wet AMD OU. Anti-VEGF #{count} OS today ({visit_s}), lot "
        "{lot}. VA {snellen} OS. Amsler distortion stable. OCT and fundus photos today. "
        "Checked in by palm-vein scan (template {bio}). Next inj {d_wk}. Pt's pharmacy benefit "
        "(ID {plan_id}) requires step therapy - PA submitted.",
    ),
    "audiology": (
        "AUDIOLOGY REPORT   {visit}\n"
        "Patient: {pt}   Acct {acct}\n"
        "Referred by {doc_init}, ENT. Pure-tone thresholds: moderate-severe SNHL bilaterally, PTA "
        "{db} dB HL R, {db2} dB HL L; WRS 64%/52%. Tymps type A. Ménière's disease ruled out clinically.\n"
        "Fitted {hearing_aid} RIC: R serial {serial}, L serial {serial2}. Warranty through {d_exp}.\n"
        "Counseled pt and {rel_role} ({rel_first}). Remote programming via app account "
        "{email}. Follow-up {d1}. Audiologist {staff}, Au.D., lic {lic_aud}",
        "Cochlear implant mapping, {visit_s}. {pt_first} ({age}) returns with {rel_role} {rel}. "
        "Processor serial {serial}; internal device implanted {d_prev2}, UDI {udi}. Impedances WNL. "
        "Pt reports hearing the birds in the yard on {street}. Speech perception AzBio 71% in quiet. "
        "Next mapping {d2}.",
    ),
    "genetics_pedigree": (
        "CANCER GENETICS COUNSELING - {pt_lastfirst}, MRN {mrn}\n"
        "Seen {visit} with {his} {rel_role} {rel}.\n"
        "Pedigree (3 generations): proband III-2. Mother {mother} (II-3) breast ca dx age {young}, "
        "d. {year}. Maternal aunt {aunt} (II-4) ovarian ca. Brother {brother} (III-1) unaffected, "
        "lives in {city2}. Father's side unknown.\n"
        "Testing: 84-gene panel, specimen accession {accession}. Results released to {url_portal} and to pt by phone {phone} or "
        "email {email}. Letter for at-risk relatives provided. Counselor: {nurse_full}, MS, CGC.",
        "Clinical genetics - dysmorphology. {pt_first} {pt_last}, {kid_age} y/o, referred by Dr. {doc_last} "
        "for hypotonia and DD. Facial photographs (frontal and profile) stored as {photo} with consent "
        "signed by {parent_role} {parent}. Family is from {hood}, {city}; parents are first cousins. "
        "Sibling {rel2_first}, 4, healthy. Exome sent {visit_s}; lab case no. {case_no}. "
        "Return visit {d3}.",
    ),
    "blood_bank": (
        "BLOOD BANK TRANSFUSION RECORD\n"
        "Recipient: {pt_caps}   Age: {age_n}   MRN {mrn}   BB specimen {accession}   ABO/Rh O NEG, antibody screen neg\n"
        "Unit: {unit_no}   Product: RBC leukoreduced (E0336V00)   Expires {d_exp}\n"
        "Issued {visit_s} {time} to {room}. Verified at bedside by {nurse_full} RN and {staff} RN. "
        "Pre: {bp}, HR {hr}, T {temp}. {hgb}. Blood warmer serial {serial}.\n"
        "Transfusion started, 15-min check without reaction. Encounter {acct2}.",
        "Transfusion reaction workup. Pt {pt} ({age}) on {visit_s} developed chills and T {temp} "
        "35 min into unit {unit_no}. Transfusion stopped, line kept open with NS. DAT negative. "
        "Clerical check OK. Attending Dr. {doc} notified at {time2}; blood bank MD {doc2_init} "
        "reviewed. Classified as febrile non-hemolytic. Report sent to hemovigilance, case {case_no}.",
    ),
    "mds_assessment": (
        "MDS 3.0 NURSING HOME COMPREHENSIVE (NC) - {fac_snf}\n"
        "A0500 Legal name: first {pt_first}, last {pt_last}\n"
        "A0600A SSN: {ssn}   A0600B Medicare number: {mbi}   A0700 Medicaid number: {medicaid}\n"
        "A0800 Gender: {sex}   A0900 Birth date: {dob}\n"
        "A1300A Medical record number: {mrn}   A1300B Room: {room}   A1300C Preferred name: {pt_nick}   "
        "A1300D Lifetime occupation: {job}\n"
        "A1600 Entry date: {visit}   A1800 Entered from: acute hospital ({fac_hosp})\n"
        "C0500 BIMS 9/15. D0300 PHQ-9 of 7. GG0170 sit to stand: 03. J1800 falls since admit: no. "
        "N0415: anticoagulant ({anticoag}), diuretic.",
        'Quarterly MDS review, ARD {visit_s}. Resident {pt_init} (goes by "{pt_nick}"), {age}, {room}. '
        "BIMS 11/15; PHQ-9 of 5. One fall since last assessment, on {d_prev}, no injury; bed alarm added. "
        "Weight {wt}, stable. {epo}, {device}. Care plan conference held by phone with {his} {rel_role} "
        "{rel} ({phone}); {rel_first} asked that mail go to {street2}, {city2}. Next ARD {d2}. "
        "MDS coordinator {nurse_full}, RN.",
        "MDS entry tracking / discharge return anticipated. Resident {pt_caps}, MRN {mrn}, Medicaid "
        "{medicaid}. Transferred to {fac_hosp} ED on {visit_s} at {time2} for hypoxia; bed hold per "
        "policy. Pt's {rel_role} {rel} notified at {phone2}; ombudsman letter mailed {d1}. "
        "Readmitted {d2} to {room}.",
    ),
    "prior_auth_log": (
        "PRIOR AUTHORIZATION CALL LOG\n"
        "{visit_s} {time2} - called payer at {phone_ext}, rep {staff} (ref #{pa_ref}). Member {pt}, "
        "DOB {dob}, member ID {plan_id}. Requested: {med}. Payer requires chart notes; faxed to {fax}.\n"
        "{d1} - denial received; reason: step therapy. Peer-to-peer scheduled {d_wk} with Dr. {doc}, "
        "NPI {npi}.\n"
        "Claim {claim_no} on hold. Pt notified via portal.",
        "PA follow-up. Pt: {pt_lastfirst} / Medicaid {medicaid} / acct {acct}. CPT {cpt} and "
        "MRI lumbar (72148) pending since {d_prev}. Called {phone}, hold 48 min; told auth {pa_ref} "
        "approved through {d3}. Ordering NPI {npi}. SSN on file {ssn_masked}. Letter mailed to pt at {street}, {city}, {state} {zip}.",
    ),
    "portal_thread": (
        "MyChart message thread - pt {pt} ({mrn})\n"
        "[{visit_s} {time2}] From patient: hi its {pt_lc}, my sugars were 300s since {d_ord}. i ran out "
        "of the {cgm} sensors. my {rel_role} {rel_first} can pick up. thank u\n"
        "[{d1} {time2}] Reply (RN {nurse}): Sorry to hear that. Sent refill; please do a video visit "
        "at {url_meet}. If BG > 400 or vomiting, go to the ED.\n"
        "[{d1}] Portal audit: login from {ipv4}.",
        "Patient portal secure message. Subject: question about {pt_first}\n"
        "hello this is {rel_first} {pt_last}, {pt_first}'s {rel_role}. {he} is {age_n} and has {epo}. "
        "{he} fell again {visit_s}. can dr {doc_last} call me at {phone}? or email {email}. "
        "we moved {him} to my place at {street}.\n"
        "Portal audit: sent from {ipv6}.\n"
        "Response {d1}: Scheduled with Dr. {doc_init} on {d_wk}. - {staff}, MA",
    ),
    "telehealth_visit": (
        "TELEHEALTH VISIT (audio-video) {visit}\n"
        "Patient: {pt}, located at home in {city}, {state}; provider at clinic. Consent verbal. "
        "Session link {url_meet}; connection from {ipv4}, dropped once at {time2}.\n"
        "{age} {sex} with {epo} and HTN. Home BP cuff (RPM device serial {serial}) avg {bp}. "
        "{lab} on {d_prev}. Plan: increase lisinopril to 40 mg daily. Pt's {rel_role} {rel_first} assisted with camera. "
        "Next video visit {d2}. {doc}, MD",
        "Video visit, interpreter-assisted ({lang}, vendor interpreter ID #{emp_id}). Pt "
        "{pt_first} {pt_last} at {street}. Verified identity with DOB {dob} and MRN {mrn}. "
        "Client IP {ipv6}. {He} reports dizziness {dur}. BP {bp}. Discussed meclizine 12.5 mg PRN. "
        "Voice biometric for pharmacy line enrolled ({voice}). F/u {d_wk}.",
    ),
    "driver_fitness_report": (
        "PHYSICIAN'S REPORT - MEDICAL CONDITION AFFECTING SAFE DRIVING\n"
        "To: {state_name} DMV Medical Review Unit, fax {fax}\n"
        "Driver: {pt_caps}   DOB: {dob}   Driver license no. {dl}\n"
        "Residence: {street}, {city}, {state} {zip4}\n"
        "Condition: witnessed generalized seizure on {d_prev}, first event; EEG with L temporal "
        "sharp waves. Started levetiracetam 500 mg BID. Recommend no driving until seizure-free for 6 months "
        "per state guidance; re-evaluation {d3}.\n"
        "Reporting physician: {doc}, MD, NPI {npi}, state license {lic}, phone {phone}. Date {visit}.",
        "Disability parking placard - physician certification ({state}). Applicant: {pt}, DOB {dob}, "
        "ID/DL {dl}; {a_n} {age} {woman} with {epo} and COPD on 2 L O2; cannot walk 200 ft without "
        "stopping. Permanent placard recommended. Applicant also requests disability plates for "
        "vehicle plate {plate} (VIN {vin}). Certified by {doc}, license {lic}, on {visit_s}.",
        "Driving evaluation note {visit_s}. {pt_first} {pt_last}, {age_n}, referred by Dr. {doc_last} "
        "after a minor crash on {d_ord} near {hood}. MoCA 21/30, Trails B 190 s, VA {snellen} OU. "
        "On-road test with OT {staff}: unsafe lane changes x {count}. Recommend license review; "
        "family ({rel_role} {rel}) will keep the keys. Car, plate {plate}, to be sold.",
    ),
    "correctional_intake": (
        "INTAKE HEALTH SCREENING - {fac_jail}\n"
        "Inmate: {pt_caps}   Booking #{inmate_no}   DOB {dob}   SSN {ssn}\n"
        "Livescan fingerprint TCN {bio}. Booking photo {mugshot}.\n"
        "Arrived {visit_s} {time}. Reports daily alcohol use, last drink {d_ord}. CIWA 9. "
        "Meds: {med}. TB screen negative. Suicide screen negative. Emergency contact {rel_role} "
        "{rel}, {phone}. Seen by {nurse_full}, LPN.",
        "Sick call {visit_s}. I/M {pt_last} #{inmate_no}, housing unit C-{count}. {age} {sex} with "
        "{epo}, asks for {med2}. Prior records requested from {fac_hosp}, fax {fax}. Identity "
        "confirmed by fingerprint ({bio}) and booking photo {mugshot}. Court date {d2}. Dr. {doc_init}.",
    ),
    "research_enrolment": (
        "RESEARCH ENROLLMENT LOG - protocol 2023-0418\n"
        "Subject ID {subject_id} | {pt} | MRN {mrn} | consented {visit_s} {time2}\n"
        "eConsent signed via {url_consent} from IP {ipv4}; copy emailed to {email}.\n"
        "Eligibility: age {age_n} (no upper age limit), {icd}, {lab}. Randomized {d1}, arm B. "
        "Stipend by prepaid card; SSN last four {ssn4} collected for tax reporting. "
        "Coordinator: {staff} ({email2}).",
        "Study visit 3, subject {subject_id} ({pt_init}). Seen {visit_s}. Voiceprint sample for "
        "speech-biomarker substudy stored as {voice}. Actigraph serial {serial} returned. "
        "AE: none. Next visit window {d2} to {d3}. PI Dr. {doc}. Participant moved to "
        "{city2}; new address {street2}.",
    ),
    "medical_examiner": (
        "OFFICE OF THE MEDICAL EXAMINER - {county}\nCase {case_no}\n\n"
        "Dear Dr. {doc2_last},\nWe are investigating the death of {pt} (DOB {dob}), {a_n} {age} {woman} found "
        "deceased at {street}, {city} on {visit_s}. Identification: fingerprints (AFIS {bio}) and "
        "visual ID photograph {mugshot}. Please fax the last 2 years of records (MRN {mrn}) to {fax} "
        "or call investigator {staff} at {phone_ext}.\nSincerely, {doc}, MD, Deputy ME",
        "ME investigator note: decedent {pt_caps}, {age_n} y. Vehicle at scene: VIN {vin}, plate "
        "{plate}. Last known alive {d_prev} per {rel_role} {rel}. Pill bottles: {med} (Rx #{rx_no}). "
        "Hx {epo}. Body transported {visit_s} {time}. Next of kin notified; SSN {ssn} verified.",
    ),
    "contact_tracing": (
        "INFECTION PREVENTION - CONTACT TRACING   Case {case_no}\n"
        "Index: {pt}, employee ID {emp_id}, {role2} on 5 West. Symptom onset {d_recent}, test + "
        "{visit_s}.\n"
        "Exposures (>15 min, <6 ft): {rel} (carpool; plate {plate}), {staff} (break room), "
        "{nurse_full}. Badge access log (badge {badge}) confirms shifts in the 48 h before onset.\n"
        "Contacts notified by phone; letters to home addresses. Return to work {d2}.",
        "Pertussis exposure follow-up. Student {pt_first} {pt_last} (ID {student_id}), {kid_age} y/o, "
        "at {fac_school}. Household: {parent_role} {parent}, tel {phone}; sibling {rel2_first}. "
        "Drive-through test site logged vehicle {plate}. Prophylaxis: azithromycin. County "
        "health dept ({county}) case {case_no}. Email summary to {email}.",
    ),
    "pharmacy_callback": (
        "PHARMACY CALLBACK NOTE {visit_s} {time2}\n"
        "Caller: {pt}, aged {age_n}, re Rx #{rx_no} ({med}). Verified by DOB {dob} and address {street}. "
        "Insurance rejected (plan ID {plan_id}, refill too soon). Called prescriber {doc}, DEA {dea}, "
        "at {phone}; new Rx faxed from {fax}. Pt picks up {d1}. RPh {staff}, lic {lic_rph}.",
        "Rx clarification: {pt_lastfirst}, {a_n} {age} {woman}. Duplicate anticoagulant ({anticoag} and "
        "apixaban). Called Dr. {doc_last}'s office {phone_ext}, spoke with {nurse}. Pt's "
        "voice verified against IVR voiceprint {voice}. Acct {acct}. Resolved {d1}.",
    ),
    "school_nurse_log": (
        "SCHOOL HEALTH OFFICE LOG - {fac_school}\n"
        "{visit_s} {time2}  {pt} (gr {grade}, ID {student_id})  c/o wheezing after PE. "
        "Albuterol MDI 2 puffs via spacer per plan, peak flow 220 -> 310. {parent_role} {parent} called "
        "{phone}, picked up 40 min later. Email note to {email}.\n"
        "{d1}  returned to class, no sx.",
        "School nurse: {pt_first} ({kid_age} yo), T1DM on {pump} pump serial {serial}. BG 62 at "
        "{time2}, 15 g carb, recheck 98. {parent_role} {parent_first} notified by text {phone}. "
        "504 plan renewal {d3}. Lives with grandmother on {street}; bus {count}.",
    ),
}

NEGATIVE_TEMPLATES: tuple[str, ...] = (
    "HOSPICE IDT NOTE\nPt with {epo} and end-stage COPD, PPS 30%, FAST 7a. Bed-bound, taking sips only; "
    "intake < 200 mL/day {dur}. Family present and agreeable to comfort care. Continue {comfort}; "
    "morphine 5 mg SL for breakthrough. Foley in place since admission. Hospice RN to visit twice weekly, aide 5x/wk; {role} aware. "
    "POLST on file (DNR/DNI, comfort measures). Next IDT in 2 weeks. Time spent 45 min, 99497.",
    "OASIS ROC visit. M1830 bathing 4; M1850 transfers 2; M1860 ambulation 3. BP {bp}, HR {hr}, "
    "{spo2} on 2 L NC. Weight {wt}, down 2.1 kg from last visit. Med rec done: {med}; {med2}. "
    "Pill organizer filled for 2 weeks. {supplement} BID ordered. Teaching on {epo2} and "
    "{anticoag} bleeding precautions. Patient is {young} and lives with spouse. Next SN visit in 3 days.",
    "Wound care: stage 3 sacral pressure injury {cm}, {pct} granulation, moderate serosanguinous "
    "drainage. Braden 13. Selective debridement (97597) with #15 blade. NPWT 125 mmHg continuous, "
    "canister changed. Dressing {dressing}, Kerlix and Coban to secondary sites. {lab}; {hgb}. "
    "Wound photos x2 uploaded to media tab. RTC 1 week; ROHO cushion and q2h turns reinforced.",
    "PT daily note: visit 6 of 12. TKA POD {count}. AROM 5-105 deg, quad lag 10 deg. Pain {pain} "
    "pre, 2/10 post. Berg 44/56, TUG 14 s. Gait 200 ft with RW, SBA. Ther-ex (97110) 30 min, "
    "gait training (97116) 15 min. Patient is {young} years old and motivated. Cont POC 2x/wk x 4 wks.",
    "MBS study: PAS 7 with thin, PAS 2 with mildly thick (IDDSI 2). Hx {epo}. Reduced base of tongue "
    "retraction, vallecular residue. Rec IDDSI 5 minced & moist, mildly thick liquids ({thickener}), "
    "meds whole in puree. Upright 90 deg for meals and 30 min after. FOIS level 4. Re-eval in 4 weeks. "
    "Discussed with {role}.",
    "Oral surgery: extraction #{tooth}, #1, #16 under local, 2% lidocaine 1:100,000 epi x 3 carpules "
    "(lot {lot}). {suture}. EBL 15 mL. Rx ibuprofen 600 mg q6h PRN; chlorhexidine 0.12% rinse BID. Post-op instructions "
    "given. Return in 7-10 days. ICD K08.409, CDT D7210, D7240.",
    "Ophthalmology: VA cc OD {snellen}, OS {snellen}. IOP 18/22 by Goldmann. C/D 0.6 OU. H40.1132. "
    "Anti-VEGF #{count} OS, lot {lot}. Ishihara 14/14. Amsler stable. Latanoprost 0.005% OU qHS; "
    "timolol 0.5% 1 gtt OS BID. Snellen at 20 ft. RTC 6 weeks.",
    "Audiology: PTA {db} dB HL R / {db2} dB HL L. WRS 72%/60%. Tymps type A bilat. Weber midline, "
    "Rinne AC>BC. No signs of Ménière's disease. Fitted {hearing_aid} (RIC, 312 battery), 85% data "
    "logging at 30 days. Dix-Hallpike negative. Follow-up in 2 weeks.",
    "Genetics: pedigree III-2 proband; II-3 breast ca dx age {young}; I-1 d. {year} of MI at age 71. "
    "APGAR 8/9 at birth, NICU x 3 days. 84-gene panel sent. Also followed for {epo}. Counseling on "
    "autosomal dominant inheritance, 50% risk to offspring.",
    "Blood bank: O NEG, antibody screen negative. RBC leukoreduced (E0336V00) issued {time}. Pre: BP "
    "{bp}, HR {hr}, T {temp}. {hgb}. 15-min check OK. {gauge} R FA. 2 units total since {year}. "
    "Transfuse over 2 h; Lasix 20 mg IV between units per the hospitalist.",
    "MDS quarterly: BIMS 13/15, PHQ-9 of 4, GG0170 sit to stand 04. Section J: no falls in 90 days. "
    "Weight {wt}. {Role} reviewed care plan; {device} in place, {anticoag} continued. Resident is "
    "{young} years old and was admitted in {year}. Next ARD in 92 days.",
    "Prior authorization: {med} requested; payer requires step therapy with metformin and a GLP-1 "
    "(e.g. Trulicity). A1c 9.2% (LOINC 4548-4) despite metformin since {year}. CPT 99214, ICD E11.65. Peer-to-peer "
    "requested; turnaround 72 h per plan policy.",
    "Telehealth follow-up (audio only). HTN and {epo}. Home BP log avg {bp}. {lab}. Increase amlodipine to 10 mg. "
    "Patient {young} years old, understands plan. Visit length 18 min. Visit code 99213-95.",
    "Driving evaluation: seizure-free x 6 months on levetiracetam 500 mg BID. VA {snellen} OU, "
    "fields full to confrontation. MoCA 26/30, Trails B 82 s. Cleared to drive per state guidance. "
    "ICD G40.909. On-road test with the OT at {time2}: safe.",
    "Intake screening: CIWA 8, COWS 4. TB screen negative. PHQ-9 of 6. {med}. Housing unit C-{count}, "
    "{room}. Vitals BP {bp}, HR {hr}. Detox protocol started; sick call in AM. Last use 2 days ago.",
    "Research visit 3 (protocol 2023-0418): AE none. {lab}. Actigraph returned with 96% wear time. "
    "Randomized arm B since {year}. Patients aged 90 or older are pooled in one stratum, per Safe "
    "Harbor. Next visit window opens at week 12.",
    "Contact tracing: index case symptom onset day 0, PCR + day 1. 3 contacts > 15 min within 6 ft. "
    "N95 fit-tested (3M 1860). Return to work day 8 if afebrile 24 h. {Role} notified. Norovirus "
    "and {bug} excluded on panel.",
    "Pharmacy: {med} refill too soon, plan rejected (NCPDP 79). NDC {ndc}; RxNorm 1364445. Clarified "
    "with {role}. {anticoag} and {med2} duplicate flagged. Counseled on {epo2}.",
    "School health office: c/o wheezing after PE, albuterol 2 puffs via spacer, peak flow 220 -> 330. "
    "Student {kid_age} years old. Returned to class at {time2}. BG 88. Epi-pen Jr 0.15 mg on file, "
    "exp. card checked.",
    "ME correspondence template: cause of death {epo}; manner natural. Toxicology pending. {lab}. "
    "Autopsy not required. {Role} notified. Body release at {time}. Version 2.3 of the form.",
    "Portal message: Pt asks whether to take {med} with food; advised yes. BG log 110-180 on "
    "{cgm}. Also asks about {epo} support group. Reply sent by {role} at {time2}; no visit needed.",
)
