"""Document templates for set H: health care outside the United States, as English-language records
write it (NHS England, Scotland, Wales and Northern Ireland, Ireland's HSE, Australia, New Zealand,
Canada, India, South Africa, Singapore, Hong Kong and the Gulf).

``{key}`` placeholders are filled from ``values.identifiers`` (gold) and ``values.lookalikes`` (filler).
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    "sh_eng_gp_ers_referral": (
        """{uk_surgery}
{org}   Tel {uk_phone}   Fax: {uk_fax}

e-Referral Service - Referral Letter
UBRN: {ubrn}        Priority: {rtt}
Date: {letter_date}

Dear Colleague,

Re: {title} {pt_full}   DOB {dob}   NHS No: {nhs_no}
{uk_street}, {uk_town}, {uk_pc}
Mobile {uk_mob}   Email {pt_email}

Thank you for seeing this {age_y} year old with suspected {eponym} for a rheumatology opinion. QRISK and
bloods below. Current meds: {dose}; {dose2}. {lab}; {lab2}; {vital}.
Coded: {code}. We followed {ref}.

Yours sincerely

Dr {gp_full}  GMC {gmc}
{gp_email}
eRS audit: created {event_dt} from workstation {ip}""",
        """REFERRAL - 2WW SUSPECTED CANCER (LOWER GI)     {form}
Patient: {pt_rev}        Sex: {sex}   D.O.B. {dob_num}
NHS number {nhs_no}      Hospital no (if known): {hosp_no}
Address: {uk_flat}, {uk_street}, {uk_town}  {uk_pc}
Home: {uk_phone}   Mob: {uk_mob}
Next of kin: {nok_full} (daughter) {uk_phone}

Referrer: Dr {gp_init}, {uk_surgery}   {org}
Fax back to {uk_fax}
FIT result 142 micrograms Hb/g faeces (threshold 10). {lab}. Wt loss 6 kg over {weeks} weeks.
Patient aware this is an urgent referral and available on {wc_date}. Interpreter? no.
UBRN {ubrn}""",
        """From: {gp_email}
To: {cons_email}
Subject: Advice & Guidance - {pt_caps} - {nhs_no}

Hi Dr {cons_last},
Quick A&G question re {pt_first} ({dob}), {uk_street}, {uk_town2}. On {dose} and {brand}. {lab} and {lab2},
{score}. Would you accept a referral or advise a trial of {dose3} first? Photos of the rash uploaded to the
A&G thread (not face). RTT clock not started.
Link to shared record: {portal_url}
Thanks, {gp_first} ({uk_surgery})""",
    ),
    "sh_eng_trust_discharge_summary": (
        """{nhs_trust}
DISCHARGE SUMMARY / TTO                                  {ward}, {bay}
Patient: {pt_caps}      Hosp No: {hosp_no}      NHS No: {nhs_no}
DOB: {old_dob} (Age {age_old})     Admitted {adm_date}   Discharged {dis_date}
Spell/episode: {episode}
Consultant: {cons_full}   Discharging doctor: Dr {reg_full} GMC {gmc2}   {bleep}
GP: Dr {gp_init}, {uk_surgery}

Diagnosis: {eponym}; fall with long lie. {code}; {code2}.
Course: admitted via ED with {vital}, {score}. {lab}; {lab2}. Treated per {ref}.
TTO: {dose}; {dose2}; {dose3} (new). Pharmacist {pharm_full} screened {short_date}.
Follow-up: fracture clinic {fu_date}; OPAT not needed.
NOK {nok_full} ({nok_first}) {uk_mob} informed. Home address {uk_street}, {uk_town} {uk_pc}.""",
        """DISCHARGE LETTER  -  {nhs_trust}
Name {pt_any}   |  {sex}  |  NHS {nhs_no}  |  MRN {hosp_no}
Address: {house}, {uk_street}, {uk_town}, {uk_county}, {uk_pc}
Date of admission: {adm_dnum}    Date of discharge: {dis_dnum}   Ward: {ward}
Presenting complaint: collapse. {vital}; {vital2}; {lab}.
Procedures: {code3}. Implant: dual-chamber pacemaker, serial {pm_serial} ({brand}) implanted {implant_date}.
Medications on discharge: {dose}, {dose2}.
Community: district nurse referral sent {sent_dnum}; DN tel {uk_phone}.
Summary written by {reg_init} ({role}) for {cons_init}. cc GP {gp_full}, {uk_surgery}.""",
    ),
    "sh_scot_immediate_discharge_letter": (
        """IMMEDIATE DISCHARGE LETTER (IDL)  -  {scot_hosp}
CHI: {chi}      Unit No: {casenote}
{pt_rev}     DOB {dob_num}
{uk_street}, {scot_town}, {scot_pc}
Admission {adm_date}  Discharge {dis_date}   {ward}
Consultant: Dr {cons_full}    Completed by: {reg_full} ({bleep})
Diagnoses: {eponym}; {code}
Investigations: {lab}, {lab2}, {lab3}; {score}.
Medicines: {dose}; {dose2}; {dose3}
CGM sensor applied ({brand}); transmitter {cgm_serial}.
Follow-up: diabetes clinic {fu_date}. SCI Gateway ref sent to Dr {gp_last} ({sent_dnum}).""",
        """NHS SCOTLAND   IDL   ** CONFIDENTIAL **
Patient ..... {pt_caps}
CHI ......... {chi}
D.O.B. ...... {old_dob}   Age {age_old}
Address ..... {house}, {scot_town} {scot_pc}
NOK ......... {nok_full} (son), tel {uk_phone}
GP .......... Dr {gp_full}, {scot_surgery}
Adm ......... {adm_dnum}     Dis ....... {dis_dnum}
Dx .......... {eponym2}; AKI stage 2 ({lab})
Procurator Fiscal not required. Anticipatory Care Plan reviewed with {nok_first} on {short_date}.
Discharged to {ward2} then home with POC x4 daily. {score}. {dose}.""",
    ),
    "sh_wales_outpatient_letter": (
        """{wales_hosp}
Clinig Cardioleg / Cardiology Clinic          Ffôn/Tel: {uk_phone}   Ffacs/Fax: {uk_fax}

Dyddiad/Date: {letter_date}     Clinic date: {clinic_date}
Our ref: {cons_ini}/{sec_ini}/{hosp_no}

Dr {gp_full}
{uk_surgery}

Dear Dr {gp_last},

Re: {pt_full}, DOB {dob}, NHS No {nhs_no}
    {uk_street}, {wales_town}, {wales_pc}

I reviewed {pt_first} today. {vital}, {vital2}. ECG AF at 96. {lab}. {score}; {score2}.
Plan: start {dose}; stop {dose2}. Echo requested ({rtt}). Parking concession for car reg {uk_reg} arranged
with {nhs_trust} estates. Review in {weeks} weeks.

Yn gywir / Yours sincerely,
Dr {cons_full}, Consultant Cardiologist, GMC {gmc}""",
        """BWRDD IECHYD / HEALTH BOARD - OUTPATIENT CLINIC LETTER     {form}
Enw / Name: {pt_rev}      Rhif GIG / NHS No: {nhs_no}      Case note: {casenote}
Cyfeiriad / Address: {uk_flat}, {uk_street}, {wales_town} {wales_pc}
Seen: {clinic_dnum} by {reg_full} for Mr {cons_last}.
Frail patient, aged {age_old}, attends with granddaughter {nok_full}. {eponym}. {score}. {lab}.
Next appointment {fu_date}. Letter typed {letter_dnum} ({sec_ini}).""",
    ),
    "sh_ni_ed_attendance_record": (
        """EMERGENCY DEPARTMENT RECORD   {ni_hosp}
H&C No: {hc_no}      ED No: {episode}      Hosp No: {hosp_no}
Name: {pt_rev}   DOB: {dob_num}   Sex: {sex}
Address: {uk_street}, {ni_town}, {ni_pc}
Tel: {uk_mob}    GP: Dr {gp_last}, {ni_hc}
Arrival: {event_dt}  Mode: ambulance ({call})   Triage MTS orange   {time}
Obs: {vital}; {vital2}; {score}
Hx: FOOSH. Colles'-type deformity. {code}. {dose}.
Seen by {reg_full} ({role}); reviewed {cons_init}. {bay}.
Disposal: fracture clinic {fu_date}. Left dept {event_dt2}.""",
        """ED NURSING TRIAGE  - {ni_hosp}
PT: {pt_caps}  ({age_old} yrs)   H+C: {hc_no}
NOK: {nok_full} - wife - {uk_phone}
Triage nurse: {nurse_full} NMC {nmc}  @ {event_dt}
Presenting: confusion, ?UTI. {vital}, {vital2}, {score}. {lab}.
From care home at {uk_street}, {ni_town}. {dose}.""",
    ),
    "sh_ie_hse_gms_referral": (
        """HSE - GENERAL MEDICAL SERVICES  - REFERRAL / REQUEST FORM      {form}
Medical Card No.: {gms}        PPSN: {ppsn}        IHI: {ihi}
Surname: {pt_last}     Forename(s): {pt_first}     Date of Birth: {dob}
Address: {ie_street}, {townland}, {ie_town}, Co. {ie_county}    Eircode: {eircode}
Phone: {ie_mob}    Email: {pt_email}
Referring GP: Dr {gp_full}  (IMC {imc})   Practice tel {ie_phone}  Fax {ie_fax}
Referred to: Dr {cons_full}, {ie_hosp}
Reason: {eponym}; {lab}; {lab2}. {vital}. Meds: {dose}; {dose2}.
Waiting list category {rtt}. Signed {letter_dnum}""",
        """Ó/From: Dr {gp_init}, {ie_clinic}            Fax {ie_fax}
Chuig/To: Outpatients, {ie_hosp}

Re: {pt_full} ({dob_num}), {ie_street}, {ie_town}, {eircode}
GMS {gms} / PPSN {ppsn}
Patient's partner {nok_full} can be contacted on {ie_mob}.
Tá sé ag fanacht {weeks} seachtainí (waiting {weeks} weeks). {score}. {lab}. {dose}.
Vhi cover lapsed {year}; now on medical card. Please expedite.
Dated {letter_date}""",
    ),
    "sh_au_hospital_discharge_summary": (
        """{au_hosp}                                         DISCHARGE SUMMARY
UR: {ur_no}     Medicare: {medicare}     IHI: {ihi}
Patient: {pt_rev}   DOB {dob_num}   {sex}
Address: {au_unit} {au_street}, {au_town} {au_pc}
Admitted {adm_date} -> Discharged {dis_date}   Unit: General Medicine   {ward}
Treating consultant: Dr {cons_full}   RMO: Dr {reg_init} (AHPRA {ahpra})
Principal Dx: {eponym} ({code}); {code2}
Progress: {vital}; {lab}; {lab2}; {score}.
Meds on discharge (Webster-pak): {dose}; {dose2}; {dose3}
Device: PPM serial {pm_serial} checked, {brand}.
GP: Dr {gp_full}, {au_clinic}   ph {au_phone}   fax {au_fax}
My Health Record upload: yes ({event_dt})""",
        """AGED CARE DISCHARGE - {au_hosp}
Name: {pt_full}    Age {age_old}    UR {ur_no}    DVA Gold card {dva}
Residence: {au_street}, {au_town} {au_pc}
NOK/EPOA: {nok_full} {au_mob}
Adm {adm_dnum}   D/C {dis_dnum}   {ward}
{score}; {score2}; {lab}. Charted {dose}; {dose2}.
RACF notified by {nurse_init} at {time}. GP Dr {gp_last} ({au_phone}).""",
    ),
    "sh_au_gp_specialist_referral": (
        """{au_clinic}
Ph {au_phone}  Fax {au_fax}

{letter_date}

Dr {cons_full}
Specialist Physician, {au_hosp}

Dear {cons_first},

Re: {pt_full}   DOB {dob}
    {au_street}, {au_town} {au_pc}   Mob {au_mob}
    Medicare {medicare}   Private health: {ins_au} member {ins_member}

Thank you for seeing {pt_first} ({age_y}yo) with {eponym}. {lab}, {lab2}; {vital}. Currently on {dose} and
{dose2} ({code}, {code2}). Valid for 12 months (MBS item 23 consult today).

Kind regards,
Dr {gp_full}   Provider No. {au_prov}   Prescriber No. {au_presc}
Secure messaging via HealthLink; copy to {gp_email}""",
        """REFERRAL  -  PSYCHOLOGY (MHCP)      {form}
Client: {pt_caps}      D.O.B {dob_num}     Medicare No {medicare}
Addr: {au_unit} {au_street} {au_town} {au_pc}
Preferred contact: {au_mob} / {pt_email}
GP: {gp_full}, provider {au_prov}
{score}; {score2}. Sessions 1-6 approved under {code}. Telehealth link: {video_url}
Signed {letter_dnum}""",
    ),
    "sh_nz_ereferral": (
        """eREFERRAL  (Health New Zealand | Te Whatu Ora)
NHI: {nhi}       Priority: {rtt}
Patient: {pt_full}  ({pt_nick})    DOB {dob}    Gender {sex}
Address: {nz_street}, {nz_suburb}, {nz_town} {nz_pc}
Phone {nz_phone}   Mobile {nz_mob}
Whānau contact: {nok_full} {nz_phone2}
Referrer: Dr {gp_full}  MCNZ {mcnz}  HPI-CPN {hpi_cpn}
Practice: {nz_clinic}  {org}
To: {nz_hosp} Diabetes Service
{lab}; {lab2}; {vital}. Insulin pump ({brand}) serial {pump_serial}. Meds {dose}; {dose2}.
Sent {event_dt} from {ip}""",
        """REFERRAL TO COMMUNITY NURSING   {nz_hosp}
NHI {nhi}   {pt_rev}   DOB {dob_num}   age {age_y}
{nz_street}, {nz_suburb}, {nz_town}
Contact {nz_mob}; NOK {nok_first} {nok_last} {nz_phone}
Wound: venous leg ulcer, {score}. {dose}. Dressings {brand}.
Referred by {nurse_full} RN, {ref_dnum}. GP Dr {gp_init}.""",
    ),
    "sh_ca_ontario_consult_note": (
        """CONSULTATION NOTE                               {ca_hosp}
Patient: {pt_rev}      DOB: {dob}      OHIP: {ohip}
MRN: {mrn}    Visit #: {episode}
Address: {ca_apt}, {ca_street}, {ca_city}, ON  {ca_pc}
Tel: {ca_phone}
Referring: Dr {gp_full} (CPSO #{cpso})  fax {ca_fax}
Consultant: Dr {cons_full}  CPSO {cpso2}
Date of consult: {clinic_date}
HPI: {age_y} y/o with {eponym}. {vital}; {vital2}. {lab}; {lab2}. {score}.
Impression: {code}. Plan: {dose}; {dose2}. Billing {code2}.
Virtual follow-up (OTN) {fu_date}: {video_url}
Dictated {letter_dnum} / transcribed {sec_ini}""",
        """ONTARIO - HOME AND COMMUNITY CARE REFERRAL
Client {pt_full}  | HCN {ohip} | DOB {dob_num}
{ca_street}, {ca_city} ON {ca_pc} | {ca_phone} | alt {ca_mob}
Substitute decision-maker: {nok_full} ({nok_email})
Driver's licence surrendered: {ca_dl}
Referral source: {ca_hosp}, Dr {cons_last}, fax {ca_fax}
{score}; {score2}. {dose}. Start of service {start_date}.""",
    ),
    "sh_ca_interprovincial_transfer": (
        """TRANSFERT INTERÉTABLISSEMENTS / INTERFACILITY TRANSFER
Nom / Name: {pt_rev}           Né(e) le / DOB: {dob}
No d'assurance maladie (RAMQ): {ramq}    Exp. {exp_dnum}
No de dossier / Chart no: {mrn}
Adresse: {ca_street}, {ca_apt}, {ca_city} (Québec) {ca_pc}
Tél: {ca_phone}
Médecin traitant: Dr {cons_full} (CMQ {cmq})
Receiving: {ca_hosp}, Dr {reg_full}
Motif: {eponym}; {vital}; {lab}. Meds: {dose}; {dose2}.
Transfer requested {event_dt}; bed confirmed {time}.""",
        """BC PharmaNet PATIENT PROFILE  (printed {event_dt})
PHN: {bc_phn}   Name: {pt_caps}   DOB {dob_num}   Gender {sex}
Address: {ca_street} {ca_city} BC {ca_pc}   Ph {ca_phone}
DIN     Drug                                   Qty  Prescriber          Rx#
-----------------------------------------------------------------------------
{code}  {dose}                {qty}   {gp_init} ({cpsbc})  {rx_no}
{code2}  {dose2}               {qty}   {cons_init}          {rx_no2}
Pharmacist: {pharm_full}   {org}
Alert: {brand} interaction noted {short_date}""",
        """INTERPROVINCIAL BILLING - OUT-OF-PROVINCE PATIENT
Patient {pt_full}  DOB {dob}  Home province health no {ohip}
Temporary address: {ca_street}, {ca_city} {ca_pc}
SIN (not required, volunteered): {sin}
Service {clinic_date}; {code}; {money}. Claim ref {claim_no}.
Contact {ca_mob}""",
    ),
    "sh_in_hospital_discharge_printout": (
        """{in_hosp}
(NABH Accredited)        DISCHARGE SUMMARY
UHID : {uhid}       IP No : {ip_no}      Bill No : {bill_no}
Patient Name : {pt_caps}     Age/Sex : {age_y}/{sex}
Address : {in_addr}, {in_area}, {in_city} - {in_pin}
Mobile : {in_mob}      Aadhaar : {aadhaar}
DOA : {adm_date}       DOD : {dis_date}
Consultant : Dr. {cons_full} (Reg. No. {mci})
Diagnosis : {eponym}; {code}
Investigations : {lab}; {lab2}; {lab3}
Treatment given : {dose}; {dose2}
Advice on discharge : {dose3}. Review in OPD after {days} days. Download report: {portal_url}
Patient photo: {photo_file}""",
        """DISCHARGE CARD  -  {in_hosp}
Name: {pt_full}   UHID {uhid}   IP {ip_no}
Attendant: {nok_full} (husband), ph {in_mob}
Ayushman Bharat / ABHA: {abha}
Adm {adm_dnum}  Disch {dis_dnum}   Ward {ward} {bay}
Treating doctor Dr {cons_init}, Reg {mci}; RMO Dr {reg_first}
{lab}; {score}. Final bill {money}. Address {in_addr}, {in_city} {in_pin}""",
    ),
    "sh_in_tpa_cashless_preauth": (
        """REQUEST FOR CASHLESS HOSPITALISATION (PART C)      {form}
TPA / Insurer: {ins_in}           Fax: {in_fax}   Email {dept_email}
Name of patient: {pt_full}        Gender {sex}   Age {age_y}
Date of birth: {dob_num}
Policy No: {ins_policy}     Member ID / TPA card: {ins_member}
Employee ID (corporate policy): {staff_no}
Aadhaar: {aadhaar}
Contact: {in_mob}   Address: {in_addr}, {in_city} {in_pin}
Treating doctor: Dr {cons_full}, Reg {mci}, ph {in_phone}
Provisional diagnosis: {eponym}; {code}
Expected date of admission: {adm_date}   Expected LOS {days} days   Estimate {money}
In case of RTA: vehicle no. {in_reg}, FIR no. {police_ref}
Pre-auth ref (TPA use): {preauth}""",
        """TPA QUERY LETTER - {event_dt}
Claim no {claim_no}  |  Pre-auth {preauth}  |  Policy {ins_policy}
Patient {pt_rev}, UHID {uhid}
Hospital {in_hosp}
Query: Please provide {lab} trend and indoor case papers; {code}. Biometric verification of insured at
admission desk: fingerprint template {fp_id}.
Reply to {dept_email} / fax {in_fax}""",
    ),
    "sh_za_medical_aid_claim": (
        """MEDICAL AID CLAIM / ACCOUNT          {org}
Scheme: {ins_za}     Membership no: {medaid}     Dependant code: 01
Main member: {nok_full}   ID no: {za_id}
Patient: {pt_full}     DOB {dob}
Address: {za_street}, {za_suburb}, {za_city}, {za_pc}
Cell: {za_mob}   Tel (w): {za_phone}
Treating practitioner: Dr {cons_full}, HPCSA {hpcsa}   Fax {za_fax}
Date of service: {clinic_date}    Account no: {acct}   Claim ref {claim_no}
ICD-10: {code}   Tariff 0190 {money}   {code2}
Auth no: {preauth}""",
        """ROAD ACCIDENT FUND - MEDICAL REPORT (RAF 1)       {form}
Claimant: {pt_caps}   SA ID: {za_id}
Residential: {za_street}, {za_suburb}, {za_city}
Date of accident: {event_date}   Vehicle reg: {za_reg}   SAPS CAS no: {police_ref}
Hospital: {za_hosp}, folder no {folder}
Injuries: {code}; {code2}. {score}. {vital}.
Examining doctor: {cons_full}, {hpcsa}, signed {letter_dnum}""",
    ),
    "sh_sg_polyclinic_mc_memo": (
        """{sg_org} - MEDICAL CERTIFICATE
MC No: {mc_no}
This is to certify that {pt_caps} (NRIC/FIN: {nric})
was examined on {clinic_date} and is unfit for duty from {start_date} to {end_date} (inclusive).
Diagnosis withheld at patient's request.
Dr {cons_full}   MCR {smc}
Verify this MC at {verify_url}""",
        """MEMO TO SPECIALIST OUTPATIENT CLINIC
Patient: {pt_full}   NRIC {nric}   DOB {dob_num}
Address: {sg_blk}, {sg_unit}, {sg_pc}
HP: {sg_mob}   Email: {pt_email}
Caregiver (FDW) {nok_full}, FIN {fin}
{eponym}; {lab}; {lab2}; {vital}. {dose}; {dose2}.
Registered at kiosk via fingerprint ({fp_id}); photo on record {photo_id}.
MediSave/MediShield claim {claim_no}. Dr {gp_full} MCR {smc}. {letter_date}""",
    ),
    "sh_hk_ha_discharge_note": (
        """HOSPITAL AUTHORITY - DISCHARGE NOTE          {hk_hosp}
Name: {pt_caps}   HKID: {hkid}   HN: {hk_hn}
Sex/Age: {sex}/{age_old}    DOB: {old_dob}
Address: {hk_flat}, {hk_block}, {hk_district}
Phone: {hk_phone}
Admission: {adm_date}   Discharge: {dis_date}   {ward}
Principal dx: {eponym}; {code}
{lab}; {lab2}; {score}. Old age home contact {nok_full} {hk_mob}.
Medication: {dose}; {dose2}
Doctor: {reg_full} (MCHK {hkmc})""",
        """GOPC REFERRAL   ({hk_district})
{pt_rev}  HKID {hkid}  DOB {dob}
{hk_flat}, {hk_block}, {hk_district}   tel {hk_mob}
Referred by Dr {gp_init} on {letter_dnum}; {lab}; {vital}; {dose}.
Patient ID photo (CMS): {photo_file}""",
    ),
    "sh_gulf_patient_registration": (
        """PATIENT REGISTRATION FORM                      {form}
MRN: {mrn}            Visit: {episode}
Full name (as per passport): {pt_caps}
Emirates ID: {eid}     Passport No: {passport}    Residence visa: {visa}
Nationality: Indian   DOB: {dob}
Address: {ae_villa}, {ae_area}, {ae_city}   {ae_pobox}
Mobile: {ae_mob}    Email: {pt_email}
Insurance: {ins_ae}   Card No: {ae_card}   Policy {ins_policy}
Sponsor/Employer: {nok_full}   Employee no {staff_no}
Biometric: fingerprint enrolled ({fp_id})   Palm vein ID {palm_id}
Photo captured: {photo_file}
Registered by {sec_full} at {event_dt}""",
        """DISCHARGE SUMMARY  -  {ins_ae} network provider
Patient: {pt_full}   MRN {mrn}   EID {eid}
DOB {dob_num}   Tel {ae_phone}   Address {ae_area}, {ae_city}
Admission {adm_date}   Discharge {dis_date}
Attending: Dr {cons_full} (DHA licence {dha_lic})
{eponym}; {lab}; {lab2}; {dose}; {dose2}
Face photo (ID verification): {photo_id}. Valet parking plate {ae_plate}.
Invoice {invoice}  {money}""",
    ),
    "sh_ambulance_prf": (
        """PATIENT REPORT FORM (ePRF)                {amb_service}
Incident no: {cad_no}   {call}   Date/time of call: {event_dt}
Patient: {pt_full}    DOB {dob_num}    NHS No {nhs_no}
Home: {uk_street}, {uk_town} {uk_pc}
Incident location: outside {uk_street2}, {uk_town2}
Mechanism: RTC, driver, car reg {uk_reg} v HGV, airbags deployed. Police ref {police_ref}
Obs {time}: {vital}; {vital2}; {score}
Obs {time2}: {vital3}; {score2}
Drugs: {dose}; {dose2}
Crew: {para_full} (HCPC {hcpc}), {para2_full}. Handover to {role} at {uk_hosp} {event_dt2}""",
        """AMBULANCE VICTORIA - VACIS PCR
Case no {cad_no}   Dispatch {event_dt}
Pt {pt_rev}  Age {age_old}  Medicare {medicare}
Scene {au_street}, {au_town}
Hx: fall at home, long lie, {eponym}. Has ICD ({brand}) serial {icd_serial}.
{vital}; {vital2}; {score}. {dose}.
NOK {nok_full} {au_mob}. Paramedic {para_init} AHPRA {ahpra}. Transported to {au_hosp}.""",
        """NZ ST JOHN ePRF SUMMARY   incident {cad_no}
{pt_full} NHI {nhi} DOB {dob}
Location {nz_street}, {nz_suburb}
MVC: vehicle {nz_plate} (VIN {vin}) left road. {vital}; {vital2}; {score}; {dose}
Crew {para_full} / {para2_full}. Police {police_ref}. Handover {nz_hosp} {event_dt2}""",
    ),
    "sh_repeat_prescription_slip": (
        """REPEAT PRESCRIPTION REQUEST  (right-hand side of FP10)   [scanned]
{pt_ocr}                         NHS N0 {nhs_no}
{uk_street}, {uk_town} {uk_pc}
DOB {dob_num}
Tick items required:
[x] {dose}       qty {qty}   last issued {short_date}
[x] {dose2}      qty {qty}
[ ] {brand}      qty {qty}
Review due: {month_year}   Medication review by {pharm_full} (GPhC {gphc})
Nominated pharmacy: {org}
EPS prescription ID: {eps_id}
Ordered online from {ip} on {event_dt}; telephone line voiceprint ID {voice_id}""",
        """EPS TOKEN - FP10DT
Patient: {pt_full}   DOB {dob}   NHS {nhs_no}
{uk_flat}, {uk_street}, {uk_town}, {uk_pc}
Prescriber: Dr {gp_full}  GMC {gmc}   {uk_surgery}   Tel {uk_phone}
Items: {dose} x {qty}; {dose2} x {qty}
Prescription ID {eps_id}    Signed {letter_date}
Exemption: age 60+ ({form})""",
    ),
    "sh_fit_note": (
        """STATEMENT OF FITNESS FOR WORK          {form}
Patient's name  {title}  {pt_full}
Date of birth   {dob}          National Insurance number {ni_no}
I assessed your case on: {clinic_date}
and, because of the following condition(s): {eponym}
I advise you that: you are not fit for work
This will be the case for {weeks} weeks / from {start_date} to {end_date}
Doctor's signature ... {gp_full}      Date of statement {letter_date}
Doctor's address {uk_surgery}, {uk_street}, {uk_town} {uk_pc}""",
        """FIT NOTE (issued electronically)
{pt_rev}   NHS {nhs_no}   NINo {ni_no}
Assessed by {nurse_full} (NMC PIN {nmc}) by phone on {clinic_dnum}
May be fit for work taking into account: phased return, amended duties. {score}.
Valid {start_dnum} - {end_dnum}. Employer: please contact {pt_email}.
Reference {rx_no}""",
    ),
    "sh_care_home_transfer_form": (
        """CARE HOME TO HOSPITAL TRANSFER FORM ("RED BAG")          {form}
Resident: {pt_full}  (prefers "{pt_nick}")    Age: {age_old}    DOB: {old_dob}
NHS No: {nhs_no}   Room {bay}
Home: {place_death}, {uk_street}, {uk_town} {uk_pc}   Tel {uk_phone}
NOK / LPA (health & welfare): {nok_full}, niece, {uk_mob}, {nok_email}
GP: Dr {gp_last}
Reason for transfer: fall, {vital}; {vital2}; {score}. {eponym}.
DNACPR in place ({form2}); ReSPECT discussed {short_date}.
Aids: hearing aid (R) serial {hear_serial}; telecare pendant {pendant}
Meds (MAR attached): {dose}; {dose2}; {dose3}
Resident photograph for identification: {photo_file}
Sent by {nurse_full} at {event_dt}""",
        """INTER-FACILITY TRANSFER - RESIDENTIAL AGED CARE (AU)
Resident {pt_rev}, {age_old_w} years of age, UR {ur_no}, Medicare {medicare}
Facility: {au_street}, {au_town} {au_pc}   ph {au_phone}
Advance care directive: yes. EPOA {nok_full} {au_mob}
{score}; {score2}; {dose}; {dose2}. Oxygen concentrator SN {o2_serial}.
Palm-vein resident ID {palm_id}. Handover by RN {nurse_init} {event_dt}""",
        """NURSING HOME TRANSFER LETTER  (IE)
Resident: {pt_full}, aged {age_old}, PPSN {ppsn}, GMS {gms}
{townland}, {ie_town}, {eircode}
NOK: {nok_full} {ie_mob}
Transferred to {ie_hosp} ED {event_dt}. {vital}; {score}; {dose}.
Nurse in charge {nurse_full} (NMBI PIN {nmc}).""",
    ),
    "sh_private_insurer_preauth": (
        """PRE-AUTHORISATION REQUEST                        {ins_uk}
Member name: {pt_full}           Membership no: {ins_member}
Scheme/Group: {ins_group}        DOB: {dob}
Address: {uk_street}, {uk_town}, {uk_pc}
Specialist: {cons_full}   GMC {gmc}   Fee-approval code {ref_no_org}
Procedure: {code} ({code2})   Planned date {fu_date}
Hospital: {uk_hosp}   Estimated cost {money}
Contact for queries: {cons_email}; fax {uk_fax}
Authorisation no (insurer use): {preauth}""",
        """LAYA / VHI PRE-AUTHORISATION (IRELAND)
Policy no {ins_policy}   Member {pt_rev}   DOB {dob_num}
{ie_street}, {ie_town} {eircode}
Consultant {cons_full} IMC {imc}   Procedure {code}   Date {fu_dnum}
Hospital: {ie_hosp}. Claim form ref {claim_no}. Fax {ie_fax}
Approved {letter_date} by {sec_full}""",
        """PRIOR APPROVAL - HEALTH FUND (AU)
Member {pt_full}  membership {ins_member}  Medicare {medicare}
Surgeon Dr {cons_full} provider {au_prov}; Procedure MBS item {code}
Admission {adm_date} at {au_hosp}. Excess {money}. Ref {preauth}. Email {pt_email}""",
    ),
    "sh_coroner_referral": (
        """REFERRAL OF A DEATH TO THE CORONER                  {form}
Coroner's ref: {coroner_ref}
Deceased: {pt_full}   DOB {old_dob}   Age {age_old}
Usual address: {uk_street}, {uk_town}, {uk_pc}
Date of death: {death_date}   Time: {time}   Place: {uk_hosp}, {ward}
NHS No: {nhs_no}   Hospital no: {hosp_no}
Reason for referral: fall with fractured NOF within 12 months; {eponym}.
Medical examiner: Dr {cons_full} (GMC {gmc}) discussed with {nok_full} (son) on {short_date}, tel {uk_mob}
Coroner's officer: {off_full}  {uk_phone}  {dept_email}   Fax {uk_fax}
Police informed: {police_ref}""",
        """CORONERS COURT OF VICTORIA - MEDICAL DEPOSITION
Case {coroner_ref}
Deceased {pt_rev}, aged {age_old}, of {au_street}, {au_town}
Died {death_date} at {au_hosp}. Medicare {medicare}. UR {ur_no}.
Treating GP Dr {gp_full} (AHPRA {ahpra}) last saw patient {clinic_dnum}.
{eponym}; {score}; {lab}. Family contact {nok_full} {au_mob}. Fax {au_fax}""",
        """DEATH REPORT TO CORONER (ONTARIO)
Decedent {pt_full}, {age_old_w} years, HCN {ohip}
Home {ca_street}, {ca_city} {ca_pc}
Pronounced {death_date} by Dr {reg_full} (CPSO {cpso}). Investigating coroner {off_full}, fax {ca_fax}.
Driver: vehicle plate {ca_plate} involved; OPP occurrence {police_ref}""",
    ),
    "sh_procurator_fiscal_report": (
        """REPORT TO THE PROCURATOR FISCAL  -  SUDDEN DEATH        {form}
PF ref: {pf_ref}      Police Scotland ref: {police_ref}
Deceased: {pt_caps}    CHI: {chi}    DOB: {dob_num}
Address: {house}, {uk_street}, {scot_town} {scot_pc}
Died: {death_date} at {scot_hosp}
Reporting doctor: Dr {reg_full}, GMC {gmc}, {bleep}
Certifying consultant: {cons_full}
Circumstances: found by neighbour {nok_full}. Car {uk_reg} in driveway. {eponym2}.
{lab}; {score}. Post-mortem requested {short_date}.""",
        """COPFS DEATHS UNIT - NOTE OF CALL
{event_dt}  caller Dr {gp_full} ({scot_town}), tel {uk_phone}
Deceased {pt_full} (CHI {chi}), aged {age_old}, resident {scot_town}
Reported under category: death in care home. {eponym}. NOK {nok_full}.
Fiscal {off_full}; PF ref {pf_ref}. Fax {uk_fax}""",
    ),
    "sh_overseas_visitor_charging": (
        """OVERSEAS VISITOR - PRE-ATTENDANCE FORM / NHS CHARGING          {form}
Name: {pt_full}     DOB: {dob}     Hosp No: {hosp_no}   NHS No: {nhs_no}
UK address: {uk_flat}, {uk_street}, {uk_town} {uk_pc}
Address abroad: {in_addr}, {in_city} {in_pin}, India
Passport no: {passport}   Visa/BRP: {brp}   Home Office ref: {ho_ref}
Arrived in UK: {arr_date}
EHIC/GHIC card no: {ehic}   Expiry {exp_dnum}
Phone {uk_mob}    Email {pt_email}
Chargeable: yes (150% tariff). Invoice no {invoice}   Amount {money}
Pay online: {pay_url}   Refund bank a/c {bank_acct} sort code 20-45-77
OVM officer: {off_full}  {dept_email}  tel {uk_phone}""",
        """OVM INTERVIEW NOTE - {event_dt}
Patient {pt_rev} (hosp no {hosp_no}) attended {ward} with {eponym}.
States residence {ae_area}, {ae_city}; Emirates ID {eid}; passport {passport}.
Student visa, student no {student_no}; IHS paid ({money}).
Biometric residence permit {brp}; biometric enrolment ref {fp_id}.
Photo ID scanned: {photo_file}
Friend {nok_full} ({nok_email}) to bring documents by {fu_date}.""",
    ),
    "sh_dvla_fitness_to_drive": (
        """DVLA MEDICAL REPORT (D4 / {form})
Driver nurnber: {dvla}
Name: {pt_rev}    DOB: {dob}
Address: {uk_street}, {uk_town}, {uk_pc}
National Insurance no: {ni_no}
Vehicle(s) driven: car {uk_reg}; taxi licence plate {uk_reg2}
Condition: {eponym}; ICD implanted {implant_date}, serial {icd_serial}. {score}; {vital}.
Examining doctor: Dr {gp_full}, GMC {gmc}, {uk_surgery}
Tel {uk_phone}  Fax {uk_fax}   Date examined {clinic_date}""",
        """NDLS / RSA DRIVER MEDICAL REPORT FORM (IRELAND)     {form}
Licence no: {ie_dl}    PPSN {ppsn}
Applicant: {pt_full}, {ie_street}, {ie_town}, Co. {ie_county}, {eircode}
DOB {dob_num}.  Vehicle reg {ie_reg}
Seizure-free since {event_date}. {dose}. Doctor {gp_full} (IMC {imc}), fax {ie_fax}, {letter_date}""",
        """AUSTROADS - ASSESSING FITNESS TO DRIVE
Licence {au_dl}  {pt_full}  DOB {dob}
{au_street}, {au_town} {au_pc}   rego {au_rego}
{eponym}; {score}. Conditional licence recommended. Dr {gp_full} AHPRA {ahpra} {letter_dnum}""",
    ),
    "sh_implant_registry_record": (
        """NATIONAL JOINT REGISTRY - MDSv7 OPERATION RECORD
Patient: {pt_full}   NHS No {nhs_no}   DOB {dob}   Postcode {uk_pc}
Consent to registry: Y       Operation date: {implant_date}
Unit: {uk_hosp}   Consultant: {cons_full} (GMC {gmc})   Operating surgeon: {reg_full}
Procedure: primary THR ({code}); ASA grade {score}
Component           REF (cat)          LOT              UDI
Femoral stem        1012-34-520       {implant_lot}       {udi}
Acetabular cup      REF 5520-50       {implant_lot2}     {implant_sn}
Cement: {lot}   Antibiotic: {dose}""",
        """CARDIAC DEVICE REGISTRATION CARD
Holder {pt_full}   DOB {dob_num}   CHI {chi}
{uk_street}, {scot_town} {scot_pc}
Pacemaker {brand}  SN {pm_serial}   Lead RA SN {implant_sn}
Implanted {implant_date} at {scot_hosp} by Dr {cons_init}
Remote monitor {monitor_serial}. Follow-up {fu_date}. Emergency {uk_mob}""",
        """AOANJRR IMPLANT RECORD (AU)
{pt_rev}  Medicare {medicare}  UR {ur_no}
Op {implant_date} at {au_hosp}, surgeon {cons_full}
TKR {code}: femoral LOT {implant_lot}, tibial SN {implant_sn}; insert {udi}; {lot}""",
    ),
    "sh_telehealth_session_log": (
        """VIRTUAL CLINIC SESSION LOG
Session: {token}      Clinic: Respiratory (Attend Anywhere)
Patient: {pt_full}   DOB {dob}   CHI {chi}
Join link sent by SMS to {uk_mob} and email {pt_email}: {video_url}
Patient joined {event_dt} from IP {ip} (UA: Safari/17.4, iOS)
Clinician joined from {ip2}; Dr {cons_full}
Home spirometry device serial {monitor_serial}: FEV1 1.42 L (58% pred). {score}. {vital}.
Identity check: photo ID shown on camera, screenshot {photo_file} stored
Voice biometric enrolment for phone line: {voice_id}
Ended {event_dt2}; {time}. Outcome: {dose}; review {fu_date}.""",
        """timestamp,event,user,ip,detail
{event_dt},LOGIN,{pt_email},{ip},portal web
{event_dt2},VIEW_RESULTS,{pt_email},{ip},{lab}
{event_dt2},MESSAGE,{nurse_full},{ip2},re {pt_full} {nhs_no} - {dose}
{event_dt2},VIDEO_START,{cons_full},{ip2},{video_url}""",
    ),
    "sh_pas_fixed_width_extract": (
        """PAS EXTRACT  RTT WAITING LIST  (fixed width)   run {event_dt}
HOSPNO    NHSNO         SURNAME             FORENAME       DOB         POSTCODE  REFDATE     WEEKS
{hosp_no}  {nhs_no}  {pt_last}        {pt_first}      {dob_num}  {uk_pc}  {ref_dnum}  {weeks}
Consultant {cons_init}    Specialty 110 T&O   {rtt}   {code}
Patient tel {uk_phone}; NI no on file {ni_no}""",
        """hosp_no,nhs_no,surname,forename,dob,age,address,town,postcode,gp,admit,photo
{hosp_no},{nhs_no},{pt_last},{pt_first},{old_dob},{age_old},{uk_street},{uk_town},{uk_pc},{gp_last},{adm_dnum},{photo_id}
# {ward} {bay} {score} {lab}""",
        """MSH|^~\\&|PAS|TRUST|EPR|TRUST|{event_dt}||ADT^A01|{token}|P|2.4
PID|1||{hosp_no}^^^PAS~{nhs_no}^^^NHS||{pt_last}^{pt_first}^^^{title}||{dob_num}|{sex}|||{uk_street}^^{uk_town}^^{uk_pc}||{uk_phone}
PV1|1|I|{ward}^{bay}|||||{cons_last}^{cons_first}|||||||||{episode}
NK1|1|{nok_last}^{nok_first}|NOK|||{uk_mob}""",
    ),
}


NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """DISCHARGE SUMMARY - template text (no patient)
{trust}  {ward}, {bay}
Diagnosis: {eponym}; {code}; {code2}
{vital}; {vital2}; {score}. {lab}; {lab2}.
TTO: {dose}; {dose2}; {dose3}. Per {ref}. Follow up in {weeks} weeks via {role}.""",
    """NEWS2 OBSERVATION CHART - escalation guide   {form}
Score 0: 12-hourly obs. {score}. Score 5-6: urgent review by {role} ({bleep}).
Example: {vital}; {vital2}; {vital3}. Time {time}. Chart reprinted {year}.""",
    """PHARMACY BULLETIN {year}: {brand} shortage. Switch {dose} to {dose2}. {ref}. Stock {lot}. Cost {money} per pack.
Contact {role} on {bleep2}.""",
    """WARD HANDOVER SHEET  {ward}
{bay}: {age_y} y/o, {eponym}, {score}, {dose}.
{bay2}: {age_y2} y/o, post-op day {days}, {vital}, {lab}.
Night: {time} escalated to {role}; {bleep}.""",
    """CLINIC CODING RETURN  {trust}
{code}; {code2}; {code3}; {code4}. Tariff {money}. {form}. {org}.
{rtt}. {rtt2}.""",
    """REPEAT PRESCRIBING PROTOCOL (practice policy {form})
Review annually: {dose}; {dose2}; {brand}. Monitor {lab}. See {ref}, {ref2}.
Authorised by {role}, {year}.""",
    """AMBULANCE CLINICAL GUIDELINE {year}  {trust}
{call}: stock check. {lot}. Drugs: {dose}; {dose2}. Target {vital}. Handover within 15 min ({score}).""",
    """CARE HOME POLICY: FALLS   {form2}
After any fall record {vital}, {vital2}, {score}. Call {role}. {eponym} residents: {dose}.
Reviewed {year}. Owner: {role2}.""",
    """LAB REFERENCE RANGES (adult)
{lab}; {lab2}; {lab3}; {lab4}; {lab5}. Method changed {year}. {code}.""",
    """CODING QUERY - AR-DRG  {code}; {code2}. Principal dx {eponym}. LOS {days} days. {money}. Reviewed by {role}.""",
    """OHIP BILLING NOTES {year}: {code}; {code2}; premium {money}. {ref}. Contact {role}.""",
    """INSURER SCHEDULE OF BENEFITS ({trust}) {year}
Consultation {money}; procedure {code} {money2}; excess {money3}. Pre-authorisation needed for {code2}.""",
    """TPA GUIDELINES: cashless requests need {form}, {code}, estimate. Room rent cap {money}. {role} to verify. {org}.""",
    """PGD: {dose} for {eponym}. Exclusions: {lab}. {ref}. Valid {year} - {year2}. {form}.""",
    """FIT NOTE GUIDANCE ({form}): may be fit for work - phased return, amended duties. {rtt}. {role}. {ref}.""",
    """CORONER REFERRAL CRITERIA (local guide {year}): fall with #NOF; {eponym}; death within 24 h of admission.
Discuss with {role}. {form2}.""",
    """SCOTTISH IDL TEMPLATE  {form}
Dx ____  {code}. Meds: {dose}; {dose2}. {score}. {ref}. Return to {ward} if {vital}.""",
    """DEVICE STOCK LIST  {trust}
{brand}  {lot}; {brand2}  {lot2}. REF 1012-34-520 x 4. Cost {money}. Ordered {year}.""",
    """TELEHEALTH SOP v{days}.{news}  {trust}
Check {vital} at home; {score}. If {lab} call {role}. Session length {weeks} min. {ref}.""",
    """OVERSEAS VISITOR CHARGING - internal guidance {year}: 150% tariff; exempt services {code}; {money}. {form}. {role}.""",
    """DVLA GUIDANCE SUMMARY: {eponym} - {rtt}. {eponym2}: inform DVLA. {ref}. {form}. Group 2 {score}.""",
    """GP REFERRAL TEMPLATE: Priority {rtt}. Bloods: {lab}, {lab2}. {vital}. {dose}. {code}. {ref}. {org}.""",
    """HK HA DRUG FORMULARY NOTE {year}: {dose}; {dose2}; {brand}. {money}. {ref}. {role}.""",
    """ED STREAMING {time}: {bay} {score}; {bay2} {vital}. {call} arriving {time2}. {role} informed ({bleep}).""",
    """NJR DATA QUALITY REPORT {year}: {code} compliance 96.4%; {lot}; {org}. {money}. {ref}.""",
    """WAITING LIST SUMMARY {trust}: {rtt}; {rtt2}; {weeks} weeks median; {code}. {money}. {org2}.""",
)
