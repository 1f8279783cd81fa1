"""Set G's note genres: 18 kinds of clinical text no earlier set used, 2-3 templates each.

``{key}`` placeholders are filled by ``bench.phi_planted.render`` from ``values.identifiers`` (typed:
a gold span) and ``values.lookalikes`` (untyped filler that must not be flagged).
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    "interpreter_assisted_visit": (
        "INTERPRETER-ASSISTED VISIT\nPt: {pt_lf}   DOB {dob}   MRN {mrn}\n"
        "Language: Mam (Guatemala); relay via Spanish. Interpreter {interp}, ID {badge}, present in person "
        "for the entire visit. Pt's daughter {rel} offered to interpret; declined per policy. "
        "{pt_first} reports epigastric pain x2 weeks, worse after meals, no melena. Taking omeprazole 20 mg bought at a "
        "tienda in {city}. BP {bp}, HR {hr}. Teach-back completed through interpreter. "
        "Callback number confirmed with pt: {phone}. F/u with Dr. {doc} on {d1}.",
        "VRI session log {d2}: video remote interpreter (Dari) connected {time}, session link "
        "{url}, endpoint IP {ip}. Interpreter badge {badge}; pt's voiceprint for the phone line {vp}. Patient {pt} ({age}-year-old, lives with "
        "son {rel_first} at {street_unit}, {city} {zip}) consented to discussion of results. Dropped twice "
        "on the 5th floor wifi; switched to audio line {phone2}. CT abdomen results reviewed, "
        "{role} present. {pt_last}'s questions answered.",
    ),
    "cardiac_rehab_session": (
        "Cardiac Rehab Phase II - session {count} of 36\n{pt}  MRN: {mrn}  Referring: Dr. {doc}\n"
        "Dx: s/p CABG x3 on {d1}, LVEF {lvef}. ICD in situ (serial {serial}); no shocks since last visit. "
        "Treadmill 2.5 mph / 4% grade x 20 min, peak HR {hr}, RPE 13, {mets} METs. Resting BP {bp}. "
        "Tolerated well. Spouse {rel_first} asks for the Tues/Thurs slot; cell {phone}. Next session {d2}.",
        "CR intake - {facility}\nName: {pt_lf}\nAge: {age}\nAddress: {street}, {city}, {county}\n"
        "Insurance: Medicare MBI {plan}\nHome monitor: bedside transmitter SN {serial}, uploads from {ip}\n"
        "Goal per patient: walk to the {hood} farmers market again. Hx {eponym}. Meds: {dose}; {dose2}. "
        "Photo for the gym badge taken today ({photo}). Disabled-parking placard issued for plate {plate}. Emergency contact {rel}, {phone2}.",
    ),
    "bariatric_surgery_clinic": (
        "Bariatric Surgery Clinic - preop visit {d1}\n{pt} ({dob}) presents for RYGB workup. BMI {bmi}, "
        "wt {wt}, A1c {a1c}. Failed supervised diet program x6 months; Ozempic stopped by insurer. "
        "Psych clearance from Dr. {doc2} dated {d2}. Plan ID {plan}, prior auth faxed to {fax}. "
        "Support group login sent to {email}. Surgery tentatively {d_written} with Dr. {doc}.",
        "post-op band adjustment\n{pt_lf} | MRN {mrn} | acct {acct}\nLap-band port (UDI {udi}) accessed "
        "with a 20G Huber needle, 0.5 mL added (total 7.0 mL). Drank 60 mL water without regurgitation. "
        "Pt {pt_first} lost 14 kg since {d_my}. Lives in {city} {zip4}; drives 2 h each way. "
        "Next fill {d3}. Questions: clinic line {phone}.",
    ),
    "fertility_ivf_clinic": (
        "REI - embryo transfer note {d1}\nPatient: {pt}   Partner: {rel}\nMRN {mrn}  Cycle #{count}\n"
        "Identity verified by palm-vein scan ({iris}) and DOB {dob} before transfer, per lab policy. "
        "Single blastocyst (embryo ID {oid_embryo}) transferred under US guidance, progesterone in oil for luteal support. "
        "Beta hCG on {d2}. Nurse {rn} to call {phone}. {pt_first}'s portal: {email}.",
        "IVF nursing call {d3}\nspoke w/ {pt_lc} re: stim day 6 - E2 {count}00, lead follicles 14 and 15 mm. "
        "Continue {stim}. Trigger likely {d_ord}. Donor sperm vial from bank, donor #{oid2_donor}. "
        "Pt verified by fingerprint ({fp}); asked to bring her driver's license ({dl}) and insurance card (member ID {plan}) to retrieval "
        "at {facility}. Fax consent to {fax}.",
    ),
    "gender_affirming_intake": (
        "Gender-affirming care intake\nLegal name: {pt_lf}   Name used: {pt_nick}   Pronouns: they/them\n"
        "DOB: {dob}   MRN: {mrn}\nRequests start of {gah}. Prior hormones via online pharmacy since "
        "{year}. Name-change letter needed for driver's licence {dl}. Lives with partner {rel} in "
        "{hood}, {city}. Prefers contact by email ({email}) - not the home phone. Shares a blog at {url}. PHQ-9 {score}.",
        "GAH follow-up {d1}: {pt_nick} ({pt_last}) here 3 mo after starting {gah}. Hgb {hgb}, K {k}, "
        "estradiol level pending. Letter for surgery consult with Dr. {doc} ({facility}) faxed to "
        "{fax} on {d2}. Insurance {plan} denied twice; appeal ref {claim}. RTC {d_my}.",
    ),
    "sane_exam": (
        "SEXUAL ASSAULT NURSE EXAMINER - FORENSIC EXAM\nPatient: {pt}  DOB {dob}  MRN {mrn}\n"
        "Date/time of exam: {d2}. Assault reported to have occurred {d1} near {cross} in {city}. "
        "Evidence kit {kit} sealed and released to Officer {doc2}, case no. {case}. "
        "Photo-documentation: {count} images incl. full-face ID photo {photo}. Emergency contraception "
        "(ulipristal) and HIV nPEP offered. Advocate {rn_full} present. Safe number: {phone}.",
        "SANE addendum - {d3}\n{pt_first} {pt_last} returned for follow-up photographs; bruising L forearm "
        "now yellow-green. Images {photo} (incl. full-face reference shot). Chain of custody for kit {kit} confirmed with {county} "
        "Sheriff. Pt staying at {shelter}; mail to {pobox}. Advocate line {phone2}.",
    ),
    "refugee_health_screening": (
        "Domestic Refugee Health Screening\n{pt_lf} | Alien # {anum} | arrival {d1}\n"
        "Country of origin: Afghanistan, via Pakistan. Resettlement agency caseworker {rel}, tel {phone}. "
        "Overseas exam (DS-3025) reviewed. QFT positive; CXR clear - LTBI, start rifampin 600 mg daily x4 mo. Hgb {hgb}. "
        "Strongyloides serology sent. Address: {street_unit}, {city} {zip}. Medicaid ID {plan}. SS# {ssn} (card received).",
        "refugee clinic, 2nd visit {d2}\npt {pt} ({age_ok} y) w/ Pashto interpreter {interp}. "
        "I-94 #{oid_i94}. Vaccines per ACIP catch-up: Tdap, MMR #2, Hep B #2 (lot {lot}). "
        "Family of 6 placed at {street}, {city}; landlord contact {phone}. Case mgr email {email_staff}. "
        "Next visit {d3}.",
    ),
    "migrant_farmworker_clinic": (
        "Mobile farmworker clinic - {county}\nPaciente: {pt}  FN {dob}  Chart no. {mrn}\n"
        "Works thinning apples at an orchard outside {city}; H-2A visa, employer badge {emp}. "
        "c/o headache and nausea after a 10 h shift in heat, HR {hr}, T {temp}. Oral rehydration, "
        "rest in shade. Crew leader {rel} drove him in the crew bus (plate {plate}). "
        "Cell (WhatsApp) {phone}. Recheck {d1} at the housing camp on {street}.",
        "Farmworker health fair {d2} - pesticide exposure follow-up\n{pt_lf}, {age_ok2} yo, "
        "cholinesterase {chol}% of baseline. Employer ID {emp}, soc sec no. {ssn}. Lives at {pobox}, {city} {zip4}. "
        "Ok to text {phone}. L&I claim #{claim} opened; form faxed to {fax}. Seen by Dr. {doc}.",
    ),
    "homeless_outreach_van": (
        "Street medicine van - {d1}\nMet {pt_first} ('{pt_nick}') under the {cross} overpass, {hood}. "
        "Sleeps in a 2004 Honda, plate {plate}, VIN {vin} - towing notice given {d_ord}. Foot wounds "
        "cleaned, {wound_rx}. Narcan kit given. No phone; messages through {shelter}, or sister {rel} "
        "{phone}. Chart {mrn}.",
        "OUTREACH VAN NOTE\nclient: {pt_lf}  dob {dob}  HMIS id {oid_hmis}\nloc: parking lot behind "
        "{street}, {city}\nBP {bp}, glucose 212. Out of insulin x3 days; restarted. Medicaid {plan} "
        "reactivated on site. Fingerprint on file with the shelter biometric check-in ({fp}). "
        "f/u van stop {d2}.",
    ),
    "travel_medicine_consult": (
        "Travel Medicine Consult {d1}\n{pt} ({age_ok2} y), departing {d2} for Ghana and Togo x 3 weeks. "
        "Passport no. {passport}. Yellow fever vaccine given, ICVP cert #{oid2_icvp}. Typhoid oral "
        "(Vivotif). Malaria chemoprophylaxis: {malaria}. Itinerary and insurance uploaded to {url}. "
        "Emergency contact: {rel}, {phone}. Provider: Dr. {doc}, NPI {npi}.",
        "travel clinic phone f/u - {d3}\nreturned traveller {pt_lc} {pt_last}, fever since {d_written}, "
        "back from Pune {d4}. Told to go to ED at {facility} now. Pt email {email}, cell {phone}. "
        "Thin/thick smears ordered. MRN {mrn}.",
    ),
    "team_physician_note": (
        "TEAM PHYSICIAN - sideline eval\nAthlete: {pt}  #{count}  Student ID {student}  DOB {dob_teen}\nDate: {d1}  "
        "Venue: {city} HS stadium\nMechanism: helmet-to-helmet. SCAT6 symptom score {score}, GCS {gcs}. "
        "Removed from play. Parent {rel} notified at {phone}. Return-to-learn letter to school nurse "
        "via {email_staff}. ATC {rn_full}. Reassess {d2}.",
        "Sports med clinic {d3}\n{initial}, DOB {dob_teen}, MRN {mrn}: L ankle inversion at practice "
        "{d_ord}. Ottawa negative. Lace-up brace, rehab with ATC. Fitbit data shared from {ip}. "
        "{pt_last}'s coach ({doc2}) requested clearance form - needs release signed. Student ID {student}.",
    ),
    "allergy_skin_testing": (
        "ALLERGY/IMMUNOLOGY - percutaneous skin testing (CPT 95004)\nPt: {pt_lf}  DOB: {dob}  Acct: {acct}\n"
        "Held antihistamines 7 days. Histamine {wheal}, saline 0 mm. Positive: dust mite {wheal}, "
        "cat 6 mm, Alternaria 4 mm. Arm grid read at 15 min; patient ID photo on file ({photo}). Start SCIT; first vial lot {lot}. "
        "Epi-Pen 0.3 mg rx. Portal msg to {email}. Next appt {d1}.",
        "Allergy shot log - {d2} {time}\n{pt} MRN {mrn}: maintenance dose 0.5 mL, L arm. Local wheal "
        "{wheal} at 30 min, no systemic sx. Peak flow {count}0. Pt moving to {city2} {d_my}; "
        "records to Dr. {doc} at fax {fax}. Xolair discussed.",
        "food challenge note {d3}: {pt_first} ({kid_age} y) - baked milk challenge passed, cumulative "
        "dose 4 g protein. Parent {rel_first}, tel {phone}, given written plan. Home {street}, {city} {zip}. "
        "Health plan {plan}.",
    ),
    "rheum_infusion_chair": (
        "Infusion Center - Chair {count}\n{pt_lf}   MRN {mrn}   {d1}\nInfliximab (Remicade) 5 mg/kg, "
        "wt {wt}, premed {premed}. PIV {gauge} R forearm. Rate titrated per protocol, VS stable: BP {bp}, "
        "HR {hr}. Pump SN {serial}. Next infusion {d2}. Financial counselor re: acct {acct}.",
        "RHEUM INFUSION - {d3}\npatient {pt} ({age}) came with family member {rel}; rituximab day 15. "
        "Hx {eponym}. IgG {count}0. Transport by county van; pickup at {street}, {city}. "
        "Their number {phone}. Copay card sent to {email}. Photo ID for chemo verification: {photo}.",
    ),
    "endoscopy_suite_log": (
        "ENDOSCOPY SUITE LOG  {d1}\nRm 2 | {pt_lf} | MRN {mrn} | HAR {acct}\nProc: EGD w/ bx (CPT 43239), "
        "endoscopist Dr. {doc}, CRNA {rn}. Propofol MAC. Capsule endoscopy device SN {serial} "
        "deployed. Findings: salmon-colored mucosa c/w Barrett's, LA grade B. Ride home: {rel}, {phone}.",
        "GI procedure - capsule return {d2}\n{pt} returned recorder ({serial}); data uploaded to "
        "{url}. Reading by Dr. {doc2}. Pt asks results go to {email}. Address update: {pobox}, {city} "
        "{zip}. NPI ordering {npi}.",
    ),
    "cath_lab_log": (
        "CATH LAB PROCEDURE LOG\nPatient: {pt_lf}   Age {age}   MRN {mrn}\nDate {d_iso}  Time in {time}\n"
        "Access R radial, {fr} sheath. LAD 90% -> DES 3.0 x 18 mm, UDI {udi}. Heparin 70 u/kg. "
        "Operator Dr. {doc} (DEA {dea}). Contrast 140 mL, Cr {cr}. TR band on at {time2}.",
        "cath lab nursing - {d1}\n{pt} {age}-year-old from {facility}, STEMI alert. Impella placed, "
        "serial {serial}. Spouse {rel_first} updated at {phone}. Fem sheath out, Angio-Seal deployed. "
        "Transfer to {unit}. Billing acct {acct}.",
    ),
    "urgent_care_discharge": (
        "URGENT CARE - DISCHARGE INSTRUCTIONS\nName: {pt}   DOB: {dob}\nVisit: {d1}\n"
        "You were seen for a sprained wrist after a car accident. Your car's plate ({plate}) and "
        "the other driver's insurance claim number {claim} were noted for your records. Take {pain_rx}. "
        "Follow up with Dr. {doc} in 1 week. Questions: {phone} or {email_staff}. Work note for "
        "employee ID {emp}.",
        "UC d/c summary - {pt_lf} (MRN {mrn})\nseen {d2} for cough x5 days. CXR neg. "
        "Tx {acute_rx}. Pt's DL {dl} and Social {ssn} scanned at registration. Pharmacy: Walgreens, {street}, {city}. "
        "If worse, return or call {phone}. Your results: {url} (portal login from {ip} on file).",
    ),
    "utilization_review": (
        "UTILIZATION REVIEW - concurrent\nMember: {pt_lf}  Plan ID {plan}  Acct {acct}  Subscriber SSN {ssn}\nAdmit {d1}, "
        "LOS day {count}. InterQual criteria met for acute. Payer reviewer: {rel}, RN ({phone}, fax "
        "{fax}). Attending Dr. {doc}, NPI {npi}. Next review {d2}. Auth ref {claim}.",
        "UR note {d3}: peer-to-peer requested for {pt} (age {age}), denial of SNF. Medical director "
        "Dr. {doc2}, licence {lic}. Call window 0900-1600, line {phone2}. Faxed clinicals to {fax} "
        "(pages {count}). Case manager {rn_full}, {email_staff}.",
    ),
    "polst_advance_directive": (
        "ADVANCE CARE PLANNING / POLST DISCUSSION\n{pt} is a {age}-year-old ({age_decade}) admitted "
        "to {facility} from home in {city}. Present: {rel} (DPOA), {role}. Goals: comfort, no re-hospitalization. "
        "POLST: DNAR, comfort-focused treatment, no artificial nutrition. Signed {d1}. Copy faxed to "
        "{fax}. DPOA cell {phone}.",
        "ACP note {d2}\n{pt_lf}, aged {age_words}, MRN {mrn}. Long talk with DPOA {rel_first} by phone "
        "({phone}). Wishes: remain at home at {street_unit}, {city}. Hospice referral placed. Registry "
        "confirmation {oid2_polst}. Next family call {d_written}.",
    ),
    "va_disability_exam": (
        "C&P EXAMINATION - DBQ Hearing/Tinnitus + Back\nVeteran: {pt_lf}   SSN {ssn}   VA file {vafile}\n"
        "DoD ID {dod}. Service: US Army, two deployments. Exam {d1} at {facility} CBOC. Lumbar ROM "
        "flexion 60 deg. Examiner Dr. {doc}, lic {lic}. Identity confirmed by fingerprint ({fp}).",
        "VA exam addendum {d2}: veteran {pt}, {age_ok2} y/o, SSN {ssn}. Voice-print enrollment for "
        "phone verification ({vp}). Address on file {street}, {city} {zip4}. Email {email}. Claim "
        "#{claim}. Report faxed to {fax}.",
    ),
    "foster_care_medical_history": (
        "FOSTER CARE ENTRY EXAM\nChild: {pt}  DOB {dob_child}  CPS case {case}  SSN {ssn}\nPlaced {d1} with foster parent "
        "{rel}, {street_unit}, {city}. Caseworker {rn_full}, {phone}. Bio mom last seen {d_my}. "
        "Vaccines incomplete per registry. Growth: wt {wt}. Medicaid {plan}. Photo for file {photo}.",
        "foster f/u {d2}\n{pt_first} ({kid_age} y), case no {case}, school ID {student}. New placement in "
        "{county}. Foster parent asks for records by email {email}. {eponym} ruled out. Next visit {d3}.",
    ),
    "immunization_registry_reconciliation": (
        "IIS reconciliation - {d1}\nQuery for {pt_lf}, DOB {dob_child}, mother's maiden name {rel}. Registry ID "
        "{oid_iis}. VXU rejected from sender IP {ip}: duplicate MMR dose {d2}. Clinic MRN {mrn}. "
        "Lot {lot} matched. Call {phone} for consent.",
        "registry merge request\nrecords A: {pt} {dob_child} {zip}\nrecords B: {initial} {dob_child} {zip}\n"
        "Same address {street}. Parent SSN on record {ssn}. Merged {d3} by {rn_full}. Submitted from {ip}. Ticket {claim}.",
    ),
    "lactation_consult": (
        "Lactation Consult {d1}\nMother: {pt}  MRN {mrn}   Infant: Baby Boy {pt_last}, DOB {dob_infant}\n"
        "G2P2, latch shallow, nipple trauma L. Hospital-grade pump SN {serial} loaned. IBCLC {rn_full}. "
        "Supplement 15 mL after feeds. Lives at {street}, {city}; outpatient f/u {d2}. Text {phone}.",
        "lactation phone f/u - {d3}: {pt_lc} says baby nursing q2-3h, 6 wet diapers. Weight check "
        "{d4}. Pump rental acct {acct}. Email {email}. Video visit connected from {ip}.",
    ),
    "transfer_center_call_log": (
        "TRANSFER CENTER CALL LOG  {d_iso} {time}\nReferring: {facility}, Dr. {doc}, {phone}\n"
        "Pt: {pt_lf}, {age}yo, MRN {mrn}. Dx NSTEMI, troponin rising. Accepting Dr. {doc2}. "
        "Bed: {unit}. Transport: air, tail no. {plate}. Records fax {fax}. Callback {phone2}.",
        "xfer ctr - {d1}: {pt} ({age_ok2} y) from {city2} critical access. Family {rel} driving "
        "from {city}. Insurance {plan}. Image share link {url}. ETA {time}.",
    ),
}

NEGATIVE_TEMPLATES: tuple[str, ...] = (
    "Cardiac rehab session {count}: treadmill 20 min, peak HR {hr}, BP {bp}, {mets} METs, RPE 13. "
    "LVEF {lvef}. Tolerated well. Continue {dose}.",
    "Allergy skin test: histamine {wheal}, saline 0 mm, grass {wheal}. CPT 95004 x40. Epi-Pen 0.3 mg. "
    "Xolair discussed with {role}; Dexcom G7 left in place.",
    "Infusion chair {count}: Remicade infusion, premed {premed}, PIV {gauge}, BP {bp}, HR {hr}, SpO2 {spo2}. "
    "Lot {lot}. Hx {eponym}.",
    "EGD (CPT 43239, K21.0): LA grade B esophagitis, Barrett's segment C2M4. Propofol MAC. Time out {time}. Room {room}.",
    "Cath: R radial {fr}, LAD 90% to DES 3.0 x 18 mm, Cr {cr}, INR {inr}, contrast 140 mL. Impella CP on standby.",
    "Bariatric preop: BMI {bmi}, A1c {a1c}, wt {wt}. {code2}. Plan RYGB. {age_ok2}-year-old, supervised diet for 6 months.",
    "Sideline: SCAT6 score {score}, GCS 15, removed from play. Symptoms {dur}; reassess in 24 h. ATC aware.",
    "Travel: yellow fever vaccine given, lot {lot}. {malaria}. Away {dur}; post-travel visit if febrile. Since {year}, no travel.",
    "UR: InterQual met, LOS day {count}, {code}. Peer-to-peer at {time}. {role} to follow.",
    "POLST reviewed: DNAR, comfort-focused. Patient {age_ok2}, {eponym}. Goals since {year2}.",
    "ED triage ESI {esi}, NIHSS {nihss}, T {temp}, RR {rr}, K {k}, Hgb {hgb}. Narcan 4 mg IN given. Bed {room}, {unit}.",
    "Lactation: latch {score}/10, 15 mL supplement, {pct} of feeds at breast, ratio {ratio}. {ext_ok}.",
    "INFUSION CENTER - Chair {count}\nrituximab 1000 mg IV day 1, premed {premed}. Weight {wt}. "
    "Pre-infusion vitals: BP {bp}, HR {hr}, T {temp}, SpO2 {spo2}. Lot {lot}, exp 2027. Rate 50 mg/h, "
    "titrated q30 min. Hx {eponym} since {year}. Patient is {age_ok2}. Next dose in 2 weeks.",
    "Sports med: {kid_age}-year-old with Osgood-Schlatter, Ottawa ankle rules negative, GCS 15. "
    "Symptoms {dur}; lace-up brace. Cleared by the team physician. Jersey number not recorded. Room {room}.",
    "TRANSFER CENTER: call received {time}, accepted to {unit}, ESI {esi}. Troponin 0.{count} ng/mL, "
    "K {k}, Cr {cr}. Bed {room} assigned. Callback {ext_ok}. Air transport ETA 40 min.",
    "Refugee screening: QFT positive, CXR clear, Hgb {hgb}, eosinophils 14%. Strongyloides IgG sent "
    "(LOINC 27931-9). Tdap, MMR #2 (lot {lot}). ICD-10 Z11.1, Z23. Arrived in {year}, age {age_ok2}.",
    "Lactation: G2P2, latch 8/10, 6 wet diapers/day, weight down 7% from birth weight, 15 mL supplement "
    "q3h. Pump: Medela Symphony. Follow up in 48 h. Ratio {ratio}.",
    "Travel clinic: itinerary Ghana, Togo x 3 weeks. Yellow fever vaccine 0.5 mL SC (lot {lot}), "
    "typhoid Vivotif, {malaria}. Hep A #2 due in 6 months. Since {year2}, 4 trips.",
    "IVF: stim day 6, E2 {count}00 pg/mL, lead follicles 14 and 15 mm, {stim}. Trigger in 2-3 days. "
    "ICD-10 N97.9, Z31.83. AMH 1.8. BMI {bmi}.",
    "Endoscopy log: EGD + colonoscopy, Boston Bowel Prep Scale 8, ADR 38%, 3 polyps < 10 mm, "
    "cold snare. Propofol 220 mg total. Scope out {time}. Aldrete 9.",
)
