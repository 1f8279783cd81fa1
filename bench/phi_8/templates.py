"""Document styles for planted set 8: retail, hospital, mail-order and specialty pharmacy paperwork.

``{key}`` placeholders are filled from ``values.identifiers`` (gold spans) and ``values.lookalikes``
(filler that is not PHI). No literal identifier is written in a template.
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    "s8_rx_label_hardcopy": (
        """{store}  {org}
{street2}, {city2} {state2} {zip2}   Ph {store_phone}
Rx# {rx}        {pt_UP}
{street_UP} {unit}
{city_UP} {state} {zip}
{sig}
{drug}   QTY {qty}   DS {ds}   REFILLS: {refills}
NDC {ndc}   Mfr lot {lot}  EXP {exp}
Dr. {md_init}   Filled {date}   Discard after {date_g}
RPh {rph_ini} / Tech {tech_ini}   {daw}
----- HARD COPY (back tag) -----
DOB {dob}  Plan BIN {bin} PCN {pcn}  Member {member}  Copay {copay}
Prescriber NPI {md_npi}  DEA {md_dea}
""",
        """PRESCRIPTION HARD COPY - FILE IN {sched} BOOK
Pt: {pt_lf}        D.O.B. {dob}       Ph: {phone}
Addr: {street}, {city}, {state} {zip}
Written: {date_b}   Rcvd: {dtime}   Orig Rx #{rx}
{drug} #{qty} ({qty} tabs) - {sig}
Prescriber: {md_full}, MD  NPI {md_npi}  DEA# {md_dea}
Pharmacist verif: {rph_full} (Lic. {rph_lic})  {time}
Refills auth: {refills}   {daw}   Days supply {ds}   AWP {money}
Stock: NDC {ndc} lot {lot} exp. {exp}
""",
        """Etiqueta / Label reprint requested by pt ({pt_first} says label smudged)
{pt_full}
RX {rx}  {drug}
{sig2}
Cant / Qty: {qty}   Surtidos restantes / Refills left: {refills}
Fecha / Date filled: {date}
Médico / Prescriber: Dra. {md_last}
Farmacia: {fac2}, {street2}  Tel. {store_phone}
Lot {lot2}  Exp {exp2}   {ndc}
""",
    ),
    "s8_erx_newrx_inbox": (
        """eRx INBOX  msg {req}  type NEWRX  rcvd {dtime}
From: {md_full}  NPI {md_npi}  DEA {md_dea}  St lic {md_lic}
Practice: {fac3}, {street3} {unit3}, {city3} {state3} {zip3}   ph {md_phone}  fax {fax}
Patient: {pt_LF}  DOB {dob8}  Gender F  ZIP {zip}
  {street}, {city} {state}
Drug: {drug}  Qty {qty}  DS {ds}  Refills {refills}  Sub OK: {daw}
Sig: {sig}
Dx: {icd}
EPCS: two-factor OK (token + biometric {bio})  digital sig verified
Sender host {ip}   Routed via {org}
Queued to {rph_init} for data entry; linked to profile MRN {mrn}
""",
        """SCRIPT-ish NewRx (flattened)
Prescriber|{md_LF}|NPI:{md_npi}|DEA:{md_dea}|Phone:{md_phone}
Patient|{pt_LF}|DOB:{dob8}|Addr:{street}^{city}^{state}^{zip}|Tel:{phone}
Med|{drug}|NDC:{ndc}|Qty:{qty}|DaysSupply:{ds}|Refills:{refills}|Written:{ymd}
Sig|{sig2}
Note|Pt allergic to sulfa. Patient prefers pickup at {fac}.
Sec|EPCS biometric factor id={bio}|cert serial 4F2A; origin IP {ip}
""",
        """New e-Rx flagged for review ({time})
{pt_full} ({dob}) - {drug}, {sig}
Prescriber {md_init}, NPI {md_npi}. Prescriber's agent {rn_full} called from {md_phone} to confirm.
Rx number assigned: {rx}. Insurance on file: member {member}, group {group} (BIN {bin}, PCN {pcn}).
Duplicate therapy alert vs {drug2} ({dur}) - {rph_first} reviewed, OK to fill.
""",
    ),
    "s8_refill_request_fax": (
        """FAX  -  REFILL AUTHORIZATION REQUEST
To: Dr. {md_last}        Fax: {fax}       Pages: 1
From: {fac}   Fax {fax2}   Phone {store_phone}
Date sent: {dtime}

Patient: {pt_full}           DOB: {dob}
Address: {street}, {city}
Rx #: {rx}   Last filled: {date_d}   Original date: {date_f}
Drug: {drug}   Sig: {sig}   Qty: {qty}
[ ] Approved  # refills ____   [ ] Denied   [ ] Needs appt
Prescriber signature ______________  NPI {md_npi}
Please fax back to {fax2}. Questions: {rph_full}, RPh
CONFIDENTIALITY: this facsimile may contain protected health information.
""",
        """REFILL REQ (auto-fax batch {time2})  -- {org}
TO FAX#{fax}  ATTN {rn_first} (nurse line)
PT {pt_LF}  DOB {dob}  PH {phone}
RX{rx}  {drug}  {sig2}  QTY {qty} DS {ds}
RX{rx2}  {drug2}  QTY {qty2}
LAST FILL {date_d_s}  NO REFILLS REMAINING
RETURN FAX {fax2}  STORE NPI {store_npi}  NCPDP {ncpdp}
""",
        """Refill request - resent (2nd attempt)
To the office of {md_full} ({md_phone}; fax {fax}):
We have not received a reply to our request of {date_b} for {pt_full}, DOB {dob}, Rx {rx} ({drug}).
{pt_first} has {count3} tablets left. Please fax {fax2} or call {store_phone} and ask for {rph_first}.
Thank you - {fac}
""",
        """[OCR of inbound fax, p1/1]  RX REFILL REQUES T
T0: Dr {md_last}   FAX# {fax}
Patlent: {pt_first_ocr} {pt_last_ocr}    D0B: {dob}
Rx #: {rx}    {drug}    Qty: {qty}
Last fi11: {date_d}    Ph0ne {phone}
Pharrnacy: {fac}  fax back {fax2}
APPR0VED  x {refills} refi11s   ______ Dr. signature   date {date_c}
""",
    ),
    "s8_rph_clarification_call": (
        """Pharmacist intervention - prescription clarification
Date/time: {dtime}    Rx {rx}    Pt: {pt_full} (DOB {dob})
Problem: {drug} written as "{sig}" with qty {qty} - exceeds max daily dose; {score}.
Called {md_full}'s office at {md_phone}; spoke w/ {rn_full}, RN. Prescriber called back at {time}.
Resolution: changed to {sig2}, qty {qty2}. New Rx documented per {policy}.
Counseled pt by phone at {phone}. Time spent 12 min. - {rph_full}, PharmD (lic {rph_lic})
""",
        """CLARIFICATION LOG
pt {pt_lf} / dob {dob} / Rx {rx}
issue: illegible strength on hard copy; {drug} vs {drug2}
call 1 {time} office ({md_phone}) - VM
call 2 {time3} spoke to Dr {md_last} directly; confirmed {drug}, {sig}
faxed confirmation to {fax} for MD signature; returned signed {date_c}
allergy hx: {eponym} w/ lamotrigine {year}
{rph_init} RPh
""",
        """Intervention (hospital pharmacy) {dtime}
Patient {pt_full}, MRN {mrn}, {room}, FIN {fin}
Order: {drug} {sig} - renal dose check, CrCl {crcl}, SCr {scr}
Paged {md2_full} (hospitalist) at {phone2}; recommended dose reduction, accepted.
Documented by {rph_full}, employee ID {emp}. CPOE order modified at {time}.
""",
    ),
    "s8_cii_perpetual_log": (
        """PERPETUAL INVENTORY - {drug}  ({sched})  NDC {ndc}
Store {store}  DEA {store_dea}
Date     | Rx #      | Patient / Supplier      | In  | Out | On hand | RPh
{date_d_s} | --------- | {wholesaler} {po}     | 100 |     | {count} | {rph_ini}
{date_b_s} | {rx2}   | {pt2_lf}               |     | {qty2} | {count2} | {rph_ini}
{date_s} | {rx}   | {pt_lf}                |     | {qty} | {count3} | {rph2_ini}
Pick-up ID checked: {pt_first} {pt_last}, DL {dl} ({state}), exp {exp2}; ID image {photo}
Biennial count reconciled {date_c}; variance 0
""",
        """CS DISPENSING LOG (export)
date,rx,patient,dob,qty,prescriber,prescriber_dea,id_type,id_number,picked_up_by
{date},{rx},"{pt_lf}",{dob},{qty},"{md_init}",{md_dea},DL,{dl},self
{date_b},{rx2},"{pt2_lf}",,{qty2},"{md2_init}",{md2_dea},DL,,"{cg_full} (daughter)"
-- note: drive-thru lane 2, vehicle plate {plate} recorded per {policy}
""",
        """Controlled substance pickup - ID verification
Patient {pt_full}   Rx {rx}  {drug} qty {qty} ({sched})
Person picking up: {cg_full}, relationship: son-in-law
ID: state driver's license {dl}, DOB on ID {dob}
Address on ID: {street}, {city} {zip}
Vehicle (drive-thru): {plate}
PDMP checked {dtime_b} - {score}; no red flags. RPh {rph_full}
""",
    ),
    "s8_dea222_receipt": (
        """ORDER FORM RECEIPT (DEA 222 style, copy 3)   Form No. {form222}
Registrant: {fac}   DEA Reg. {store_dea}   Sched 2,2N
{street2}, {city2}, {state2} {zip2}
Supplier: {wholesaler}   Supplier DEA {store_dea2}   Order {po}
Line 1  {count3} pkg  100 ct  {drug}  NDC {ndc}   rec'd {count3}  date rec'd {date}
Line 2  2 pkg  {drug2}  NDC {ndc2}   rec'd 2   date rec'd {date}
Lot {lot} exp {exp}; lot {lot2} exp {exp2}
Signed for by {rph_full} (POA) on {date_b}; received by {tech_full}
Carrier vehicle: {plate}  Driver {drv_first}
""",
        """CSOS / 222 reconciliation
Pharmacy: {fac} (store DEA {store_dea}, state permit {permit})
PIC: {rph_lf} - POA granted {date_f} by {rph2_full}
{date}: ordered {drug} x {count3}, {wholesaler} {invoice}; received {date_c}
Discrepancy: 1 bottle short; supplier notified {dtime_c}; DEA 106 not required (in-transit, carrier {shipper})
Delivery truck VIN {vin}
""",
    ),
    "s8_cs_waste_witness": (
        """CONTROLLED SUBSTANCE WASTE - {unit_h}
Patient: {pt_LF}   MRN {mrn}   Acct {fin}
Drug: {drug}   Dispensed {dtime} from {adc}
Dose given 0.5 mg; waste 0.5 mg into Cactus-type sink container
Wasted by: {rn_full}  (fingerprint {bio})
Witness:   {wit_full}  (fingerprint {bio2})
Reason: partial dose; order per {md_init}
""",
        """Waste discrepancy follow-up {date}
{adc} reported unresolved waste for {pt_full} (MRN {mrn}, {room}).
RN {rn_first} {rn_last}, badge {emp}, removed {drug} at {time}; no witness recorded.
Witness {wit_first} {wit_last} later co-signed via bio-ID {bio2} at {time3}.
Pharmacy diversion specialist {rph_full} reviewed; {policy}. Closed {date_c}.
""",
        """waste_id,datetime,patient,mrn,med,amount,wasted_by,bio_waster,witness,bio_witness
W{count},{dtime},{pt_LF},{mrn},{drug},1 mL,{rn_init},{bio},{wit_init},{bio2}
""",
    ),
    "s8_adc_override_report": (
        """ADC OVERRIDE REPORT   {adc}   run {dtime}
User          Patient                 MRN        Med                         Time   Reason
{rn_lf}   {pt_lf}   {mrn}   {drug}   {time}   STAT/emergent
Login method: bioID {bio}
Order verified retrospectively by {rph_full} at {time3} - OK.
Attending {md_full}; patient DOB {dob}; encounter {fin}
""",
        """Override follow-up (unverified > 60 min)
{date}: {rn_full} overrode {drug} for {pt_full}, {room}, MRN {mrn2}.
No active order found. Nurse states verbal order from {md2_init} during code. Fingerprint log {bio}.
Pharmacist {rph2_full} entered order {time}; {policy}. Reported to {role}.
""",
        """"cabinet","user","user_bio","patient","mrn","dob","med","qty","override_dt"
"{adc}","{rn_LF}","{bio}","{pt_LF}","{mrn}","{dob}","{drug}","1","{dtime}"
"{adc}","{wit_LF}","{bio2}","{pt_LF}","{mrn}","{dob}","{drug2}","2","{dtime_b}"
""",
    ),
    "s8_iv_batch_record": (
        """STERILE COMPOUNDING RECORD - PATIENT SPECIFIC
Rx/Order {rx}   Patient {pt_full}   MRN {mrn}   DOB {dob}
Home infusion: deliver to {street}, {unit}, {city} {zip}
Product: {drug} in {ml} {diluent}, rate {rate}
Ingredients: lot {lot} exp {exp}; diluent lot {lot2} exp {exp2}
Compounded {dtime} ISO 5 hood 2 by {tech_full} ({tech_lic}); checked by {rph_full}
BUD {date_c} refrigerated. Pump: CADD-type SN {pump_sn}, UDI {udi}
Nurse visit by {rn_full}, {phone2}
""",
        """IV ROOM BATCH / PT LABEL LOG
{time} {pt_LF} {room} {drug} {ml} {diluent} BUD {date_c_s}  prep {tech_ini} chk {rph_ini}
{time3} {pt2_LF} {unit_h} {drug2} {ml} BUD {date_c_s}  prep {tech_ini} chk {rph_ini}
Gravimetric verification +/- 3.2 %; {mfr}; batch {batch}
""",
        """Home infusion dispensing - {org}
Pt {pt_full} ({dob}), {street}, {city}, {county}
Therapy {drug} q24h via elastomeric; backup pump serial {pump_sn}
Ship date {date}, {shipper}, tracking {track}. Caregiver {cg_full} {phone}.
Prepared by {tech_first}, verified by {rph_first} {rph_last}. MD {md_full} (NPI {md_npi}).
""",
    ),
    "s8_nonsterile_compound_worksheet": (
        """NONSTERILE COMPOUNDING WORKSHEET   {mfr}
Rx {rx}   Patient: {pt_lf}   DOB {dob}
Prescriber: {md_init}   Phone {md_phone}
Formula: "magic mouthwash" - diphenhydramine 12.5 mg/5 mL : Al/Mg hydroxide : lidocaine 2% visc ({ratio})
Qty {ml}; BUD {date_e} (30 days, refrigerate)
Ingredient lots: {lot} (exp {exp}), {lot2} (exp {exp2})
Compounded by {tech_full} on {date}; verified {rph_full}
""",
        """Compounding log {date}
{time} - {pt_full}: omeprazole 2 mg/mL susp {ml}, BUD {date_c}, Rx {rx}, by {tech_ini}/{rph_ini}
{time3} - {pt2_full}: {drug} capsules x {qty}, Rx {rx2}, BUD {date_e}
Balance cal check OK; {policy}
""",
        """Veterinary-to-human? NO. Pediatric compound.
Child {pt_first} {pt_last} (age {age}), parent {cg_full}, phone {phone}
{drug} made into {ml} oral suspension; dose per weight {wt}. BUD {date_e}. Rx {rx}.
Parent counseled by {rph_full} on shaking well, storing 2-8 C. Paid {money}.
""",
    ),
    "s8_mtm_cmr_summary": (
        """MEDICATION THERAPY MANAGEMENT - COMPREHENSIVE MEDICATION REVIEW
Beneficiary: {pt_full}   DOB {old_dob}   Age {age90}
Medicare ID {mbi}   Plan {org}   Group {group}
Address: {street}, {city} {zip}   Phone {phone}
CMR date {date} ({cpt} initial 15 min, {cpt2} +15) by telephone
Caregiver present: {cg_full} (daughter)
Medications reviewed: {drug}; {drug2}; {drug3}; {brand}
Problems: {eponym}; A1c {a1c}; BP {bp}; {score}
Recommendation faxed to Dr. {md_last} ({fax}) re: {drug3} - Beers criteria
Pharmacist: {rph_full}, {rph_lic}
""",
        """MTM takeaway (patient copy)
Dear {pt_first},
Thank you for talking with me on {date}. Your medication list is attached.
Next check-in: {date_g}. Questions? Call {store_phone} or email {rph_email}.
Your list online: {url}
Action plan: take {drug} {sig}; bring your glucose log (fasting {glucose}) to Dr. {md_last}.
- {rph_first} {rph_last}, PharmD, {fac}
""",
        """TMR (targeted review) {date_s}: {pt_LF} ({age90} y/o) on {drug} + {drug2} -> {dur}. Prescriber {md_full} contacted by fax {fax}; response rec'd {date_c}.
MBI {mbi}; claim for TMR {claim}.
""",
    ),
    "s8_med_sync_calendar": (
        """MED SYNC ENROLLMENT - anchor date {date}
Patient {pt_full}  ({dob})  pref. contact: text {phone}
{street}, {unit}, {city} {state} {zip}
Meds aligned: {drug} (Rx {rx}), {drug2} (Rx {rx2}), {drug3} (Rx {rx3})
Short fills: {count3} tabs on {date_b_s}; next pickup {date_e}
Smart cap paired: {cap_sn}   Appointment call by {tech_full}
""",
        """SYNC CALENDAR  {pt_LF}
Sync day each month: {date_e_s}   Delivery: yes, driver {drv_first}
Rx {rx}   {drug}   {sig}   ds {ds}
Rx {rx2}  {drug2}  {sig2}   ds {ds}
Adherence cap {cap_sn}: opened {pct} of days; last open {dtime_b}
Caregiver {cg_first} ({cg_email})
Age {age90}; lives at {fac}
""",
        """Sync prep call {date}: spoke with {pt_first} ({pt_nick}) at {phone}; no changes. Copay total {money}. Next sync {date_e_s}. -{tech_init}
""",
    ),
    "s8_340b_audit_sample": (
        """340B SELF-AUDIT SAMPLE  Covered entity {b340}  Parent: {fac}
Contract pharmacy: {fac2} (NCPDP {ncpdp}, NPI {store_npi})
rx_no,fill_date,patient,mrn,encounter,prescriber,prescriber_npi,ndc,qty,eligible
{rx},{date},"{pt_LF}",{mrn},{fin},"{md_LF}",{md_npi},{ndc},{qty},Y
{rx2},{date_b},"{pt2_LF}",{mrn2},,"{md2_LF}",{md2_npi},{ndc2},{qty2},N - no encounter in 12 mo
Auditor: {rph_full}   Sample {ratio}   {policy}
""",
        """340B eligibility finding #{count3}
Rx {rx} filled {date} at contract pharmacy {fac2} for {pt_full} (DOB {dob}, MRN {mrn}).
Prescriber {md_full} ({md_npi}) is on the eligible list; visit {date_f} encounter {fin}.
Accumulator credited {qty} units NDC {ndc}; 340B acquisition {money} vs WAC {money2}. Claim {claim}.
Reviewer {rph2_full}; result: compliant.
""",
    ),
    "s8_pa_request_form": (
        """PRIOR AUTHORIZATION REQUEST - PHARMACY BENEFIT        Fax to plan: {fax}
Member name: {pt_full}    Member ID: {member}    Group #: {group}
DOB: {dob}    Phone: {phone}
Address: {street}  City: {city}  State: {state}  ZIP: {zip}
Prescriber: {md_full}   NPI: {md_npi}   Office fax: {fax2}   Phone: {md_phone}
Medication: {brand} / {drug}   Qty {qty} per {ds} days
Dx: {icd}, {icd2}   Tried/failed: {drug2} ({year} - {year2})
Reject at pharmacy: {rej} - {rej_txt}
Office contact: {rn_full}, {md_email}
""",
        """ePA case  key {pa}   Submitted {dtime}   from IP {ip}
Patient {pt_LF}  DOB {dob}  Member {member}  BIN {bin} PCN {pcn} GRP {group}
Drug {brand} - {tier}; question set {form}
Status: APPROVED {date_c} through {date_g}; PA # {pa}
Notify pharmacy {fac} fax {fax}
""",
        """Solicitud de autorización previa / PA request
Paciente: {pt_full}  Fecha de nacimiento: {dob}
Medicaid # {medicaid}   Plan {org}
Medicamento: {drug} - {sig}
Médico: Dr. {md_last}, NPI {md_npi}, fax {fax}
Referencia PA {pa}; denegada {date_c}; apelación enviada {date_e}
""",
        """PA F0RM (scanned)  Member narne: {pt_last_ocr}, {pt_first_ocr}  ID# {member}
Grp {group}   DOB {dob}   Prescriber {md_init}  NPl {md_npi}
Drug requested: {brand}  Dx {icd}   Return fax: {fax2}
""",
    ),
    "s8_claim_reject_screen": (
        """== CLAIM RESPONSE ==  {dtime}
RX#  {rx}   PT {pt_LF}   DOB {dob8}
BIN {bin}  PCN {pcn}  GRP {group}  ID {member}  PERS 01
NDC {ndc}  QTY {qty}  DS {ds}  {daw}
STATUS: R  REJECT {rej} {rej_txt}
        REJECT {rej2} {rej2_txt}
MSG: CALL HELP DESK; CLAIM REF {claim}
PRESC ID {md_npi}  PHARM ID {store_npi}
TECH {tech_init}  OVR ATTEMPTS 2
""",
        """Reject worklist
{time}  {pt_lf}  Rx {rx}  {drug}  rej {rej} ({rej_txt})  ID {member}  -> called pt at {phone}, left VM
{time3}  {pt2_lf}  Rx {rx2}  {drug2}  rej {rej2} ({rej2_txt})  -> submitted PA {pa}
Secondary Medicaid {medicaid} billed after {rej}; paid {copay}; txn {claim2}
{time2}  {pt_lf}  WC claim {claim} - cardholder ID is SSN {ssn}, rej 52 (M/I Cardholder ID) -> resubmitted
""",
        """PAID CLAIM w/ DUR
Rx {rx} {pt_full} -- {drug} -- {dur}
Authorization # {claim}  Plan paid {money}  Pt pay {copay}
Member {mbi} (Part D)  Group {group}
DUR override entered by {rph_init} {dtime_b}
""",
    ),
    "s8_pharmacy_vax_admin_record": (
        """VACCINE ADMINISTRATION RECORD - {fac}
Name: {pt_full}   DOB: {dob}   Phone: {phone}
Address: {street}, {city}, {county}, {zip}
Vaccine: {vaccine}  {dose_ml} IM {site}   Lot {lot}  Exp {exp}
Administered {dtime} by {rph_full}, RPh (immunizer lic {rph_lic})
{vis}; screening questionnaire signed. Insurance: {member} / group {group}
Reported to state IIS, patient ID {vfc}; CLIA waiver {clia}
Digital card sent: {url}  Photo ID on file {photo}
""",
        """IMMUNIZATION LOG
date|patient|dob|age|vaccine|lot|site|by
{date}|{pt_LF}|{old_dob}|{age90}|{vaccine}|{lot}|{site}|{rph_ini}
{date}|{pt2_LF}|{dob}|{age}|{vaccine}|{lot2}|{site}|{rph_ini}
MBI for {pt_last}: {mbi}; billed {cpt} + G0008; photo consent {photo}
""",
        """Walk-in vax, {date}: {pt_first} {pt_last} ({age90} yrs) with caregiver {cg_full} ({cg_email}). {vaccine} {site}. 15-min observation; no reaction. BP {bp}. - {rph_first}
""",
    ),
    "s8_mailorder_shipment_manifest": (
        """MAIL SERVICE SHIPMENT MANIFEST   order {order}
Ship to: {pt_UP}
         {street_UP} {unit}
         {city_UP} {state} {zip}
Phone {phone}   Email {email}
Items: {drug} x{qty} (Rx {rx}); {drug2} x{qty2} (Rx {rx2})
Carrier {shipper}  tracking {track}  shipped {date}  est. {date_c_s}
Track online: {url}   Packed by {tech_init}
""",
        """Order placed online {dtime} from {ip}; payment {card}
{pt_full} / {email} / {url}
Delivery exception {date_c}: address not found ({street}, {city}); courier van {plate}
Reshipped {date_e} via {shipper}.
""",
        """ship_id,order,rx,patient,zip,carrier,tracking,ship_dt,pkg
S{count},{order},{rx},"{pt_LF}",{zip},{shipper},{track},{date},{pkg}
""",
    ),
    "s8_coldchain_excursion_log": (
        """COLD-CHAIN EXCURSION REPORT
Shipment {order} for {pt_full} ({pt_first} {pt_last}), {street}, {city} {zip}
Product {brand} pen x{qty2}; required {range_t}
Data logger SN {logger_sn}: max {exc_t} for {exc_min} min at {dtime_c}
Courier {drv_full}, vehicle VIN {vin}, plate {plate}
Manufacturer stability line consulted {date_c}; product discarded, reship {date_e}
Reported by {rph_full}; pt notified at {phone}
""",
        """Reefer truck temp log  route 7  {date}
Truck {plate} / VIN {vin}   Driver {drv_LF}
{time}  3.9 C   loaded totes for {pt_LF}, {pt2_LF}
{time3} 8.6 C   door open (delivery {street}, {city})
Logger {logger_sn} attached to tote for {pt_last}; {range_t}
""",
        """Fridge at pt home? Pt {pt_full} reports {brand} arrived warm on {date}. Logger {logger_sn} read remotely: {exc_t}. Replacement approved; claim {claim}. Driver plate {plate}. -{tech_full}
""",
    ),
    "s8_counseling_note": (
        """Patient counseling note - new Rx
{pt_full} ({dob}) picked up {drug} today, {date}. Counseled by {rph_full} on {sig}, missed doses, GI upset.
{pt_first} asked whether {brand} interacts; discussed. Offered written info in Spanish.
Pt uses glucometer SN {cgm_sn}; readings {glucose} fasting. Follow-up call {date_c} to {phone}.
""",
        """OBRA counseling offered/accepted {dtime}
Pt: {pt_lf}, age {age90}, with aide {cg_first}
Rx {rx} {drug}: warfarin interaction w/ {drug2}; INR {inr} on {date_d_s}
Dr. {md_last} aware. Pt lives at {fac}, {street}
RPh {rph_init}
""",
        """counsel - inhaler technique
{pt_full} brought {brand} + {brand2}; smart sensor {cgm_sn} syncing to app. Demonstrated; teach-back OK.
Caller-back number {phone}. {pt_first} prefers "{pt_nick}". Next refill {date_e}.
""",
    ),
    "s8_poison_center_call": (
        """POISON CENTER CALL RECORD   Case {case}
Call rec'd {dtime}   Specialist: {spi_full}, CSPI
Caller: {cg_full} (grandmother) from {phone}, {city}, {county}
Patient: {pt_first} {pt_last}, age {age}, wt {wt}
Exposure: grandmother's {drug}, est {count3} tabs, ingested ~{time}
Pharmacy that filled: {fac2} (Rx {rx}); label read to specialist
Advice: refer to {fac}; ED notified. F/u call {dtime_c}: outcome minor effect.
""",
        """PC case {case} / {date}
Elderly pt {pt_full}, {age90} yo, double-dosed {drug} (pill organizer error).
Caller = pharmacist {rph_full} at {store_phone}; pt home address {street}, {unit}, {city}
Mgmt: home obs; {score2}; HR {hr}; BP {bp}. F/u {date_c} by {spi_first}.
""",
        """Poison ctr -> pharmacy callback
Pls call {spi_first} at {phone2} ext {ext} re case {case} ({pt_full}, DOB {dob}). They need fill hx for Rx {rx} + Rx {rx2}. Fax hx to {fax}.
""",
    ),
    "s8_recall_notification_list": (
        """PATIENT-LEVEL RECALL NOTIFICATION  {recall_cls}  FDA {recall_no}
Product {drug} NDC {ndc} lot {lot} exp {exp}
Patient               DOB         Phone            Rx #      Fill date   Notified
{pt_lf}   {dob}   {phone}   {rx}   {date_d}   {date} letter
{pt2_lf}   {old_dob}   {phone2}   {rx2}   {date_h}   {date} call (age {age90})
Letters mailed to {street}, {city} {zip}; script per {policy}
Prepared by {tech_full}; approved {rph_full}
""",
        """Recall outreach (email merge) {date}
To: {email}
Dear {pt_first} {pt_last}, a lot of {drug} you received on {date_d} (Rx {rx}) is being recalled ({recall_no}). Please return it to {fac} or follow {url}.
Questions: {store_phone}.
""",
        """recall_id,rx,patient,addr,city,zip,lot,disp_date,status
{recall_no},{rx},"{pt_LF}","{street}",{city},{zip},{lot},{date_d},LETTER SENT
{recall_no},{rx2},"{pt2_LF}","{street2}",{city2},{zip2},{lot},{date_h},RETURNED
""",
    ),
    "s8_med_error_report": (
        """MEDICATION ERROR REPORT  #{case}   (confidential peer review)
Event date/time: {dtime}   Discovered {date_c}
Patient: {pt_full}, DOB {dob}, MRN {mrn}
Error: wrong drug - {drug2} dispensed instead of {drug} (look-alike/sound-alike)
Rx {rx}. Reached patient: yes; harm category C.
Involved staff: {tech_full} (tech, {emp}), {rph_full} (verifying RPh)
Root cause: NDC {ndc} vs {ndc2} adjacent bins; barcode scan skipped.
Patient called at {phone}; Dr. {md_last} informed. Reported by {rph2_full}
""",
        """Near miss - wrong patient at drive-thru {date}
{pt_full} ({dob}) and {pt2_full} (same last name?) both had bags in will-call.
Bag for {pt2_first} handed to car with plate {plate}; caught before pulling away.
Profile photo {photo} not checked. {policy}. Event ID {case}.
""",
        """Incident {case}: {pt_LF}, {age90} y/o, received {drug} 10x strength (decimal error, {sig}). Admitted {fac}. Prescriber {md_full}; verifying RPh {rph_lf} ({rph_lic}).
""",
    ),
    "s8_drive_thru_pickup_log": (
        """DRIVE-THRU / WILL-CALL PICKUP LOG  {date}
time   lane  plate      patient                 rx         id checked
{time}  1    {plate}   {pt_LF}   {rx}   DL {dl}
{time3} 2    {plate2}  {pt2_LF}   {rx2}   known customer
Signature pad captured; ID scan {photo}
""",
        """Pickup kiosk audit {dtime}
Locker 14 opened by {pt_full} via palm scan {palm} + PIN
Rx {rx} ({drug}) - {sched}? no. Camera snapshot {photo}. Kiosk IP {ip2}
""",
        """Drive-thru note: {cg_full} picked up for {pt_full} (DOB {dob}), car {plate}, ID {dl}. Paid {copay}; rewards {card}. -{tech_init}
""",
    ),
    "s8_pap_enrollment": (
        """PATIENT ASSISTANCE PROGRAM APPLICATION - {brand}
Applicant: {pt_full}   SSN: {ssn}   DOB: {dob}
Address: {street}
         {unit}, {city}, {state}
         {zip}
Phone: {phone}   Email: {email}
Household: 2; spouse {pt2_full}, SSN {ssn2}; annual income {money2}
Insurance: Medicare Part D {mbi}; coverage gap
Prescriber: {md_full}, NPI {md_npi}, fax {fax}
Application ID {pap_id}; submitted {date}; portal {url2}
""",
        """PAP renewal checklist {date}
[x] {pt_lf} SSN {ssn} verified against tax return
[x] Photo ID copy {photo}
[x] Proof of income; Medicaid denial letter ({medicaid}) dated {date_d}
[ ] Prescriber page - faxed to {fax} on {date_b}
Ship-to: {fac}, attn {rph_full}. App {pap_id}.
""",
        """Foundation copay grant: {pt_full}, SSN {ssn}, DOB {dob}, Dx {icd}. Grant ID {pap_id} approved {date_c} for {money2}. Contact {cg_full} {phone2}.
""",
    ),
    "s8_workers_comp_first_fill": (
        """WORKERS' COMPENSATION FIRST FILL FORM
Injured worker: {pt_full}   SSN {ssn}   DOB {dob}
Home: {street}, {city}, {state} {zip}   Phone {phone}
Employer: {employer}, {street2}, {city2}
Date of injury: {date_d}   Claim # {claim}   Adjuster {cg_full} ({phone2}, fax {fax})
Meds dispensed {date}: {drug} #{qty}; {drug2} #{qty2}
Pharmacy {fac2} NCPDP {ncpdp}; BIN {bin} PCN {pcn}
""",
        """WC pharmacy bill (CMS-1500 style, pharmacy lines)
Claimant {pt_LF}  SSN {ssn}  Claim {claim}  DOI {date_d}
Rx {rx} {date} {ndc} qty {qty} {money}
Rx {rx2} {date_b} {ndc2} qty {qty2} {money}
Prescriber {md_LF} NPI {md_npi}; Pharmacy NPI {store_npi}
""",
    ),
    "s8_ltc_mar_cycle_fill": (
        """LTC CYCLE FILL / MAR PAGE    Facility: {fac}
Resident: {pt_LF}    Room {room}    DOB {old_dob} ({age90})
Photo: {photo}   Admit {date_f}   Attending {md_full}
SSN (face sheet) {ssn}   Medicare {mbi}   Medicaid {medicaid}
{drug}  {sig}   Rx {rx}   0800 __ 2000 __
{drug2} {sig2}  Rx {rx2}  0900 __
Cycle start {date} - {date_e}   Delivered by {drv_first}
""",
        """Consultant pharmacist monthly review {date}
{fac} / {pt_full}, {age90} y/o, {room}
GDR due for {drug}; {score2}. Recommendation to Dr. {md_last} (fax {fax}).
Resident picture on MAR ({photo}) updated by {rn_first}.
""",
        """Emergency kit (e-kit) use {dtime}: {drug} x1 for {pt_LF} (MRN {mrn}) at {fac}; nurse {rn_full}; replace by {date_c_s}.
""",
    ),
    "s8_ivr_refill_portal_log": (
        """IVR / WEB REFILL AUDIT
{dtime}  caller ANI {phone}  voiceprint match {voice} score 0.93
  refill req Rx {rx}, Rx {rx2}; pickup {date_c_s}
{dtime_b}  web login {email} from {ip}; session {url}
  changed address to {street}, {unit}, {city} {zip}
""",
        """Patient portal event log
ts,user,ip,action,target
{dtime},{email},{ip},LOGIN,
{dtime},{email},{ip},REFILL,{rx}
{dtime},{email},{ip2},UPDATE_PHONE,{phone}
Voice enrollment {voice} linked to {pt_LF}
""",
        """Refill request via app from {pt_full} for Rx {rx} ({drug}); device IP {ip}; link {url}. Auto-text sent to {phone}.
""",
    ),
    "s8_specialty_intake_enrollment": (
        """SPECIALTY PHARMACY INTAKE   Referral {req}
Patient {pt_full}  DOB {dob}  Sex M
{street} {unit}, {city}, {state} {zip}   Cell {phone}   {email}
Primary ins member {member} grp {group}; secondary Medicaid {medicaid}
Therapy {brand} ({drug}) for {icd}; prescriber {md_full} NPI {md_npi} fax {fax}
Insulin pump {pump_sn}; CGM {cgm_sn}
Identity verified by selfie {photo}; SSN {ssn} for copay foundation
PA {pa}; first ship {date_e}
""",
        """Welcome call {dtime} - {pt_first} ({pt_nick}) {pt_last}
Confirmed shipping to {street}, {city}; backup contact {cg_full} {phone2}.
Portal invite sent: {url2} from enrollment IP {ip}. Sharps container + {pkg}.
Intake RPh {rph_full}. Next refill assessment {date_e}.
""",
    ),
    "s8_ids_investigational_dispense": (
        """INVESTIGATIONAL DRUG SERVICE - DISPENSING RECORD
Protocol {form}   Subject {subj}   Initials {pt_ini}
Patient {pt_full}  MRN {mrn}  DOB {dob}
Kit # {lot2} (blinded)  dispensed {dtime}  Visit 4
PI {md_full} (DEA {md_dea}); study coordinator {rn_full} ({phone2})
IDS pharmacist {rph_full}, witness {tech_full}
Returned kit count {count3} on {date_e}
""",
        """IDS accountability line: {date} | subj {subj} | {pt_lf} | MRN {mrn} | kit {lot} | exp {exp} | by {rph_ini}
""",
    ),
    "s8_transfer_rx_record": (
        """PRESCRIPTION TRANSFER (INCOMING)
Date: {dtime}
From: {fac2}  {street2}, {city2}  Ph {phone2}  Fax {fax2}  DEA {store_dea2}  NCPDP {ncpdp2}
Transferring RPh: {rph2_full} ({rph2_lic})
Receiving: {fac}  DEA {store_dea}  RPh {rph_full} ({rph_lic})
Patient {pt_full}  DOB {dob}  Ph {phone}
Rx old #{rx2} -> new #{rx}; {drug}; orig date {date_f}; last fill {date_d}; refills left {refills}
Prescriber {md_full}, DEA {md_dea}
""",
        """transfer out - {date}: {pt_lf} ({dob}) Rx {rx} {drug} to {fac2}, spoke w/ {rph2_first}, lic {rph2_lic}; fax copy {fax2}. Rx inactivated. -{rph_ini}
""",
    ),
}

NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """DAILY DISPENSING SUMMARY  {store}
Scripts filled: {count}   New: {count2}   Refill: {count3}
Top reject: {rej} {rej_txt} (BIN {bin}, PCN {pcn})
Average wait {count3} min; drive-thru peak {time}-{time2}
{org} controlled count done by PIC at {time3}
""",
    """Label text sample (training)
{drug} - {sig}
QTY {qty}  DS {ds}  Refills {refills}  {daw}
NDC {ndc}   lot {lot}
Caution: federal law prohibits transfer of this drug to any person other than the patient for whom it was prescribed.
""",
    """P&T minutes excerpt - {policy}
Formulary change: {brand} replaces {brand2} for new starts; {tier}.
Therapeutic interchange to {drug} approved; {ratio} conversion.
Cost impact {money2}/yr; {count} patients affected; effective next quarter ({year2}).
""",
    """Reject code quick reference
{rej} = {rej_txt}
{rej2} = {rej2_txt}
79 = Refill Too Soon (check {ds}-day supply, {pct} threshold)
DUR/PPS entry example: {dur}
""",
    """IV ROOM CLEANING LOG  ISO 7 buffer room
{time} daily clean w/ sporicidal, {time3} surface sampling plate {lot2}
Viable air sample: {count3} CFU (action level >10)
Temp 19.6 C  RH {pct}   Pressure +0.03 in WC  {policy}
""",
    """Refrigerator temperature log  {store}
AM {time}: 4.1 C   PM {time3}: 5.0 C   Range {range_t}
Min/max reset. Excursion none. Vaccine stock: {vaccine} lot {lot} ({count3} doses)
""",
    """MTM program metrics {year2}
CMR completion {pct}; TMRs {count}; CPT {cpt} billed {count2} times, {cpt2} {count3} times
Average {score}; star measure: statin use in diabetes ({drug})
""",
    """Wholesaler order confirmation {po}  {wholesaler}
{drug}  NDC {ndc}  x {count3}   {money}
{drug2}  NDC {ndc2}  x {qty2}  {money}
Backordered: {brand}; est. 2-3 weeks. Invoice {invoice}
""",
    """Clinical pearl: {eponym} and {eponym2}
Avoid {drug} in patients with CrCl below {crcl}; check K {k} and SCr {scr}.
Typical target A1c {a1c}; LDL goal {ldl}. ICD-10 {icd}, SNOMED {snomed}.
""",
    """Recall bulletin {recall_no} ({recall_cls})
{drug}, NDC {ndc}, lot {lot}. Market withdrawal by manufacturer.
Action: quarantine stock; check {count3} units on hand; patient-level notification not required for this class.
""",
    """Compounding master formula {mfr}
Ingredients: {drug} {qty} tablets, Ora-Plus {ml}, Ora-Sweet q.s.
Stability 90 days refrigerated; {batch}. Verified per {policy}.
""",
    """Vaccine clinic setup checklist
{vaccine} x {count3} doses, {dose_ml} IM {site}; epinephrine 1 mg/mL kit; {vis}
Billing: {cpt} + {cpt2}; HCPCS G0008; rev code {rev}
Observation 15 min; anaphylaxis protocol {policy}
""",
    """ADC discrepancy summary {adc}
Open discrepancies: {count3}; resolved {count2}; overrides {pct} of removals
Drawer {drawer}: count mismatch 1 (drug {drug}); pharmacy buyer notified
Report filed to {role} and {role2}.
""",
    """Prior authorization criteria ({org})
{brand}: Dx {icd}; trial of {drug} x 90 days; A1c >= {a1c}
Quantity limit {qty} per {ds} days; {tier}; step therapy per {form}
""",
    """Cold chain SOP summary
Ship in {pkg}; {range_t}; {shipper}
Excursion > {exc_t} for {exc_min} min: contact manufacturer; quarantine
Data loggers pre-conditioned 24h; SOP {policy}
""",
    """340B program summary {year2}
Contract pharmacies {count3}; split-billing accumulators; {ratio} sample
Findings: {count3} duplicate discount risks (Medicaid carve-in); {money2} repayment estimate
""",
    """Poison prevention tip sheet
Store {drug} up high; use the child-resistant cap. Call the poison help line if a child takes any.
{eponym} patients: ask {role} before OTC cold medicines. {score2}.
""",
    """Medication error trend report Q{count3}
LASA pairs: {drug} / {drug2}; wrong strength {count3}; wrong patient 0
Harm category C: {count3}; D: 0. {policy}
Interventions: tall-man lettering, shelf talkers, barcode hard stop
""",
    """CII inventory count (blind)  {store}
{drug}  NDC {ndc}  on hand {count}  expected {count}  variance 0
{drug2}  NDC {ndc2}  on hand {count2}  expected {count2}  variance 0
Counted by PIC + technician at {time}
""",
    """Med sync program stats
Enrolled {count}; anchor-day compliance {pct}; average {ds} days supply
Adherence PDC {score}; calls per day {count3}
""",
    """Counseling script - {brand}
Inject {sig}; rotate sites; keep {range_t}; do not freeze.
Common: nausea; rare: pancreatitis. Bring pen to next visit. Age 18+ only.
""",
    """IV compatibility check
{drug} with {drug2} Y-site: compatible in {diluent}; rate {rate}
Vancomycin trough 15-20 (older target); AUC 400-600. ICD {icd2}
""",
    """Claims edit table
BIN {bin}  PCN {pcn}  {tier}  Copay {copay}  DAW penalty applies for {daw}
Max days supply {ds}; early refill at {pct}
""",
    """Diversion analytics summary {year2}
Outlier users flagged {count3}; wastes without witness {count3}; {adc}
Average removals per shift {count2}; MME per removal {score2}
""",
    """Staffing note: {role} covering {unit_h} tonight; {role2} on call.
Pending verifications {count}; STAT turnaround {count3} min; {drug} shortage, use {drug2}.
""",
    """Patient education handout ({form})
{drug}: take {sig2}. Avoid grapefruit. Check BP ({bp}) and HR ({hr}) at home.
Age 65 and older: fall risk; {eponym}.
""",
)
