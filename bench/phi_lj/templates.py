"""Document styles for set J: Spanish-language and bilingual care in the US and Puerto Rico.

``TEMPLATES`` maps a note type to its templates; ``NEGATIVE_TEMPLATES`` use look-alike keys only.
Placeholders are ``{key}``; the values come from ``values.identifiers`` and ``values.lookalikes``.
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    # 1 bilingual registration form
    "sj_hoja_registro_bilingue": (
        """HOJA DE REGISTRO DEL PACIENTE / PATIENT REGISTRATION — {clinica}
Forma {forma}

Nombre (Name): {pt_full}          Apodo / preferred name: {pt_nick}
Fecha de nacimiento (DOB): {dob}      Sexo: {sexo}     Edad: {edad_calc}
Lugar de nacimiento: {birth_place}
Dirección / Address: {us_addr} {us_apt}
Ciudad: {us_city}   Estado: {us_st}   Código postal / ZIP: {us_zip}
Condado: {us_county}
Teléfono casa: {tel}    Celular: {cel}    ¿Acepta mensajes de texto? Sí
Correo electrónico: {email}
Seguro Social (si tiene): {ssn}
Licencia de conducir / ID estatal: {dl}
Seguro médico: {seguro} — {mco}   Núm. de miembro: {member}   Grupo: {grupo}
Idioma preferido: {idioma}     ¿Necesita intérprete? Sí

Contacto de emergencia: {contacto}  (parentesco: hermana)  Tel.: {tel_ca}
Médico primario: {dr_tit} {dr}

Uso de la clínica / Office use only:
  Expediente (MRN): {mrn}     Cuenta: {cuenta}
  Foto de identificación escaneada: {foto}
  Registro de palma (PatientSecure): {palma}
  Registró: {recep_short}  {fecha_hora}""",
        """PATIENT REGISTRATION | REGISTRO
--------------------------------------------------------------
Last name(s) / Apellidos ....... {pt_lasts_caps}
First name / Nombre ............ {pt_first_caps}
Middle / Segundo nombre ........ {pt_mid_caps}
DOB / F. nac. (mm/dd/aaaa) ..... {dob_mdy}
Street / Calle ................. {us_addr}
City / Ciudad .................. {us_city_caps}   {us_st}  {us_zip}
Home phone ..................... {tel}
Cell / Cel ..................... {cel}
E-mail ......................... {email}
SSN / Seguro Social ............ {ssn}
Marital status ................. casada
Employer / Patrón .............. {jefe} (supervisor de cuadrilla)
Insurance ...................... {seguro}  ID {medicaid}
Chart # ........................ {mrn}
Photo on file .................. {foto}
Palm-vein enrolment ............ {palma}
Guarantor ...................... {madre} (madre)  DOB {dob_a}
--------------------------------------------------------------
Vitals at check-in: TA {ta}  FC {fc}  Peso {peso}  T {temp}
Registered by front desk {hora} — {rol2}""",
        """[FAX RECIBIDO — calidad baja, texto por OCR]
REGISTR0 DE PACIENTE NUEV0 / NEW PAT1ENT
Nornbre: {pt_ocr}       Fecba de nacirniento: {dob_dmy}
Direcci6n: {pr_calle}  {pr_urb}
Pueblo: {pr_town_caps}  PR  {pr_zip}
Te1: {tel_pr}    Ce1: {cel_pr}
Plan Vita1 MPI: {vital}    Contrat0: {vital_contrato}
Lic. conducir: {dl_pr}
Emergencia: {contacto_caps}  {cel_pr}
Foto ID: {foto}
Fax enviado desde: {fax_pr}   Pag. 1/2
Medicamentos: {med1} / {med2}""",
    ),
    # 2 informed consent, e-signed
    "sj_consentimiento_firmado": (
        """CONSENTIMIENTO INFORMADO PARA PROCEDIMIENTO
{clinica} — {politica}

Yo, {pf_full}, fecha de nacimiento {pf_dob}, expediente núm. {mrn}, autorizo a la {dr_tit} {dr}
(NPI {npi}) y a su equipo a realizar: colocación de dispositivo intrauterino (DIU) levonorgestrel 52 mg, CPT 58300.

Se me explicaron los riesgos (sangrado, perforación <1/1000, expulsión), beneficios y alternativas en
{idioma} con la ayuda del intérprete {interp} (certificación {interp_cert}).

Firma de la paciente: firmado electrónicamente por {pf_inv_init}
Fecha/hora: {fecha_hora}     Dirección IP: {ip}
Testigo: {testigo}
Documento firmado: {url_doc}

Dx: {icd1}. Prueba de embarazo en orina negativa. TA {ta}.""",
        """CONSENT TO TREAT / CONSENTIMIENTO PARA TRATAMIENTO (menor de edad)

Paciente / Patient: {pt_caps}     DOB: {dob_nino}     MRN {mrn}
Padre/madre o tutor legal: {madre}     Tel. {cel}
Dirección: {pr_urb}, {pr_calle}, {pr_town}, PR {pr_zip}

Doy permiso para que mi hijo(a) reciba vacunas ({vacuna}), exámenes y tratamiento en {clinica}.
Entiendo que puedo revocar este consentimiento por escrito.

e-Signature audit trail:
  signer: {madre_caps}   ip: {ip}   timestamp: {fecha_hora}
  session link: {url_doc}
  interpreter on line: {interp_short}  (ID {interp_cert})
Witness / Testigo: {enf}, RN
Plan Vital / MPI: {vital}""",
    ),
    # 3 discharge instructions
    "sj_instrucciones_alta": (
        """INSTRUCCIONES DE ALTA — {fac_pr}
Paciente: {pt_full}     Récord: {mrn}     Cuenta: {fin}
Admitido: {f2}     Alta: {fecha}     {cuarto}, cama {cama}
Diagnóstico: diabetes tipo 2 descompensada ({icd1}); {epon1} en estudio.

Medicamentos:
  - {med1}
  - {med2}
Se le entregó un glucómetro (serie {glucometro_sn}); mida su azúcar antes de cada comida. Meta 80-130 mg/dL.
Última glucosa: {glucosa}. HbA1c {a1c}.

Cita de seguimiento: {f_corta} a las {hora2} con el {dr_tit} {dr_last} en {clinica}.
Si tiene dolor de pecho, falta de aire o azúcar menor de 70, llame al {tel_clin} o venga a Emergencias.
Dirección en el expediente: {pr_calle}, {pr_barrio}, {pr_town} {pr_zip}
Recibido por: {pareja} (esposo)     Explicado por: {enf}, RN, lic. {lic_enf}""",
        """DISCHARGE INSTRUCTIONS / INSTRUCCIONES AL SALIR
Name/Nombre: {pt_inv}        DOB {dob_mdy}        Acct {fin}
Discharge date / Fecha de alta: {fecha_mdy}
Attending: {dr_tit} {dr}   Nurse: {enf_short}
Diagnosis: asthma exacerbation / crisis de asma ({icd1})

Home equipment / Equipo en casa:
  Nebulizador entregado — serial {o2_sn}
  Medidor de flujo máximo, zona verde > 300 L/min
Medicines: {med1}; {med2}
Return precautions: retracciones, labios morados, SpO2 < 92% (hoy {spo2}).
Follow-up: {clinica} on {f_corta} — call {tel_clin}
Pharmacy: Rx # {rx} sent electronically.
Home: {us_addr}, {us_city}, {us_st} {us_zip}
Copy given to: {madre} (mother), {cel}""",
    ),
    # 4 interpreter service log, CSV
    "sj_bitacora_interpretes": (
        """BITÁCORA DE SERVICIOS DE INTERPRETACIÓN — export {forma}
fecha_hora,modalidad,idioma,interprete,cert,paciente,mrn,depto,min,voz_id,ip_cliente
{fecha_hora},VRI,{idioma},{interp},{interp_cert},"{pt_inv_init}",{mrn},L&D,{min},{voz},{ip}
{f2},OPI,{idioma},{interp2},{interp2_cert},"{pt2_inv}",{mrn2},Pediatría,{min},,{ip2}
notas: paciente prefiere intérprete mujer; hija {hija} ({edad_nino}) NO debe interpretar ({politica}).
ticket {ticket} — contacto del intérprete: {email_interp}, {tel}""",
        """Interpreter Encounter Record / Registro del intérprete
Interpreter: {interp} — CCHI/NBCMI credential {interp_cert}
Contact: {email_interp}
Date of service: {fecha}   Start {hora}   Duration {min} min
Patient: {pt_full}   MRN: {mrn}   Lang: {idioma}
Provider: {dr_tit} {dr_last}, {rol1}
Voice authentication ID (phone line): {voz}
Remote session from {ip}
Summary: interpreted prenatal visit ({sg}); teach-back on {med1} done. Patient's mother {madre_first}
also present. Patient asked that her husband {pareja_first} not be informed of results.
Request ticket: {ticket}""",
    ),
    # 5 promotora home visit
    "sj_visita_promotora": (
        """NOTA DE VISITA DOMICILIARIA — PROMOTORA DE SALUD
{clinica} / programa {programa}
Promotora: {promotora} (certificación CHW {chw_cert})   correo {email_prom}
Fecha de visita: {fecha_es}   Hora: {hora2}
Hogar de: {pt_full}, {edad_calc} años, {us_addr} {us_apt}, {us_city} {us_zip}
Tel.: {cel}

Viven {hogar} personas. La abuela, Doña {abuela}, de {edad90} años, duerme en la sala; {palabra1}.
Glucosa capilar de la paciente: {glucosa}. TA {ta}. Toma {med1}.
La hija, {hija_first}, ayuda con las citas; pidió información de {programa2}.
Se refirió a {clinica2} para examen de la vista (CPT {cpt1}).
Próxima visita: {f_corta}.   Supervisora: {ts}""",
        """Promotora log — visita #{dosis_n}
{fecha_dmy} {hora} | {promotora_short} | Casa de la familia {pt_last1} — {pr_calle}, {pr_urb}, {pr_town}
Sra. {pt_first} refiere {palabra2}. Su suegra, doña {abuela_first}, tiene {edad90_w} años y está encamada, úlcera sacra
grado II. Hijo {hijo} ({edad_nino}) con asma, usa {med2}.
Se dejó el número de la línea de la promotora: {tel_pr}. Seguimiento con la {dr_tit} {dr}.
Plan Vital: {vital}. Cert. promotora: {chw_cert}.""",
        """Reporte semanal de la promotora {promotora_first} ({email_prom}) — semana del {f_corta2}
Visité a la señora {pt_full} en su trailer ({us_addr} {us_apt}, {us_city}). Su mamá, doña {abuela}, ya
cumplió {edad90} años y no quiere ir al hospital; {palabra2}. Le tomé la presión: {ta}. La señora no tiene
seguro; le ayudé a llenar la solicitud de {seguro} (caso {caso}). Su esposo {pareja_first} trabaja con
el contratista {jefe} y se lastimó la espalda cargando {carga}. Me pidió que la llame al {cel} después de las {hora2}.
Próxima visita: {f_corta}. — {promotora_short}, CHW {chw_cert}""",
    ),
    # 6 FQHC sliding-fee application
    "sj_solicitud_escala_movil": (
        """SOLICITUD DE DESCUENTO POR ESCALA MÓVIL / SLIDING FEE DISCOUNT APPLICATION
{clinica} — Forma {forma}     Número de cuenta: {cuenta}

Solicitante: {pt_full}      Fecha de nac.: {dob}
Dirección: {us_addr} {us_apt}, {us_city}, {us_st} {us_zip}
Teléfono: {tel}
Seguro Social: {ssn}          ITIN (si no tiene SSN): {itin}

Miembros del hogar:
  Nombre                         Parentesco   F. nacimiento
  {pareja}  —  esposo  —  {dob_a}
  {hijo}  —  hijo  —  {dob_nino}
  {hija}  —  hija  —  {dob_kid2}

Ingreso mensual del hogar: {ingreso}   Tamaño del hogar: {hogar}   % FPL: {fpl}
Categoría asignada: B — copago {dinero} por visita médica, {dinero2} dental.
Comprobante: talones de pago de {jefe} (patrón).
Firma: {pt_short}     Fecha: {fecha}
Revisado por: {recep} — elegibilidad válida por 12 meses.""",
        """SLIDING FEE SCALE — ELIGIBILITY WORKSHEET
acct#: {cuenta}
applicant .............. {pt_caps_inv}
dob .................... {dob_mdy}
ssn/itin ............... {itin}
address ................ {us_addr}, {us_city} {us_zip}
household size ......... {hogar}
monthly income ......... {ingreso}
fpl .................... {fpl}  -> Tier C ({dinero} nominal fee)
proof .................. carta del empleador firmada por {jefe}, {cel}
screened by ............ {recep_short} on {fecha_mdy}
Medicaid screen: referred to navigator {ts} for {programa}
Notes: esposa {pareja} sin SSN; SSN del hijo {hijo_first}: {ssn_madre}""",
    ),
    # 7 Medicaid / CHIP application
    "sj_solicitud_medicaid_chip": (
        """SOLICITUD DE BENEFICIOS DE SALUD — MEDICAID / CHIP (Forma {forma})
Parte 1. Persona que solicita
  Nombre: {madre}   F. nac.: {dob_a}   SSN: {ssn_madre}
  Domicilio: {us_addr}, {us_city}, {us_st} {us_zip}   Condado: {us_county}
  Teléfono: {cel}   Correo: {email_madre}
Parte 2. Niños en el hogar
  a) {pt_full} — F. nac. {dob_nino} — SSN {ssn} — ciudadano EE.UU. (nacido en {us_city})
  b) {hijo} — F. nac. {dob_kid2} — estatus: residente permanente, A-Number {anum}, recibo USCIS {uscis}
Parte 3. Ingresos: {ingreso}/mes, hogar de {hogar}; {fpl} FPL.
Parte 4. Cobertura actual: ninguna. Solicita {programa} y CHIP.
Enviada en línea {fecha_hora} desde IP {ip}. Seguimiento del caso: {url_app}
Número de caso: {caso}
Asistida por navegadora {ts}, {clinica}.""",
        """CHIP / Medicaid renewal — notes (navigator)
Case {caso} | household head {madre_inv}
Child: {pt_first} {pt_lasts}, DOB {dob_nino_mdy}, Medicaid ID {medicaid}, CHIP ID {chip}
Mother's A# {anum}; ITIN {itin}; not applying for herself.
Address change: now {us_addr} {us_apt}, {us_city} {us_zip} (moved {f_corta2}).
Phone {cel} / alt {tel}
Renewal due {f4}. Portal: {url_app}  (login from {ip})
Income docs: pay stubs from {jefe}, {ingreso} monthly. FPL {fpl}.
Child has {epon1}; sees {dr_tit} {dr} monthly; CPT {cpt1}.""",
    ),
    # 8 school / daycare health form
    "sj_formulario_escolar": (
        """CERTIFICADO DE SALUD ESCOLAR / SCHOOL HEALTH CERTIFICATE
Escuela: {escuela}
Estudiante: {pt_full}      Núm. de estudiante: {estudiante}
Fecha de nacimiento: {dob_nino}      Grado: 3ro
Padre/madre: {madre}   Tel.: {cel_pr}
Dirección: {pr_urb}, {pr_calle}, {pr_town} {pr_zip}

Examen físico del {fecha}: peso {peso_nino}, talla {talla_nino}, IMC {percentil}. Visión 20/20. Audición normal.
Vacunas al día (Forma {forma}): {vacuna} lote {lote}; Tdap lote {lote2}.
Alergias: maní — tiene EpiPen 0.15 mg en la enfermería.
Foto del estudiante para el expediente: {foto}
Médico: {dr_tit} {dr}, Lic. {lic_pr}     Fecha: {f_corta2}""",
        """DAYCARE / CUIDO — Child Health Report
Child: {pt_caps}   DOB {dob_nino_mdy}   Student/child ID {estudiante}
Parents: {madre} / {padre}
Home: {us_addr}, {us_city}, {us_st} {us_zip}
Phone: {cel}  Work: {tel}
Immunizations reviewed {fecha}: {vacuna} dose {dosis_n}; lot {lote} (clinic stock)
Lead level {plomo} (ref < 3.5); Hgb {hgb}.
Allergies/alergias: ninguna.  Special diet: sin lactosa.
Authorized pick-up: {abuela} (abuela), {tio} (tío)
Photo ID of child on file: {foto}
Signed: {dr}, MD  NPI {npi}   Clinic fax {fax}""",
    ),
    # 9 prenatal visit
    "sj_control_prenatal": (
        """CONTROL PRENATAL — {clinica}
Paciente: {pf_full}  Exp.: {mrn}  F. nac.: {pf_dob}  Edad: {pf_edad}
{gpa}   FUR: {fur}   FPP: {fpp}   SDG: {sg}
TA {ta}  Peso {peso}  AU {au}  FCF {fcf}  Edema +
Glucosa 1 h {glucosa}. Hb {hgb}. {epon1}.
Antecedentes familiares: abuela materna viva, {edad90} años, con diabetes; madre {madre_first} con hipertensión.
Plan: {med1}; {med2}. Inscrita en WIC (ID {wic}). Medicaid perinatal: {medicaid}.
Pareja: {pareja}, tel. {cel}.  Dirección: {us_addr}, {us_city} {us_zip}
Próxima cita: {f_corta}. Partera: {enf}. Médico: {dr_tit} {dr}""",
        """PRENATAL FLOWSHEET (bilingual) — {pf_inv_init}  MRN {mrn}  DOB {pf_dob_mdy}
LMP/FUR {fur}  EDD/FPP {fpp}  {gpa}
date        GA      BP       wt      FHR     FH    notes
{f2}   {sg}  {ta}  {peso}  {fcf}  {au}  ultrasonido normal
{fecha}  {sg}  {ta}  {peso}  {fcf}  {au}  GTT {glucosa}
Hx: grandmother {abuela} age {edad90b}, lives with pt. Mother CURP {curp_madre} (Mexico).
Patient CURP {pf_curp}. Phone {tel_mx} (Mexico) / {cel}
Delivery plan: {fac_us}. Doula: {promotora}. Rx # {rx}""",
        """PRENATAL REGISTRY EXPORT (space-delimited)
MRN        APELLIDOS                 NOMBRE          FNAC        FUR         FPP         WIC         TEL
{mrn}  {pf_lasts_caps}  {pf_first_caps}  {pf_dob_iso}  {fur}  {fpp}  {wic}  {cel}
riesgo: {gpa}; {epon1}; Hb {hgb}; abuela materna {edad90b} años vive en el hogar
dirección: {us_addr}, {us_city} {us_zip}; pareja {pareja}; Medicaid {medicaid}""",
    ),
    # 10 pediatric well-child visit
    "sj_visita_nino_sano": (
        """VISITA DE NIÑO SANO — {edad_nino_calc}
Paciente: {pt_full}   F. nac.: {dob_nino_es}   MRN: {mrn}
Acompañado por: su madre, {madre}, y su abuelo {padre_first}
Peso {peso_nino} ({percentil}), talla {talla_nino}, FC {fc}, T {temp}
Desarrollo: camina, dice 10 palabras. {epon1}. Reflejos normales.
Vacunas hoy: {vacuna}, lote {lote}, CPT {cpt1}/{cpt2}. VIS entregado en español.
Nebulizador en casa (serie {o2_sn}) para sibilancias.
Plomo {plomo}. Hb {hgb}. CHIP ID: {chip}
Tel. de la madre: {cel}; correo {email_madre}
Próxima visita: {f_corta}.  {dr_tit} {dr}, pediatra""",
        """WELL CHILD | NIÑO SANO | {fecha}
{pt_caps_inv} | DOB {dob_nino_mdy} | MRN {mrn} | Medicaid {medicaid}
Parent: {madre_inv} (mom), lang {idioma}, interpreter {interp} ({interp_cert})
Address {us_addr} {us_apt}, {us_city} {us_zip}
Growth: wt {peso_nino} {percentil}; ht {talla_nino}
Screens: M-CHAT negative; PHQ-2 (mom) {phq9}; SWYC ok
Vaccines: {vacuna} lot {lote}, {vacuna} lot {lote2}
Plan: {med1}. RTC {f_corta}. {dr_tit} {dr_short}""",
    ),
    # 11 migrant farmworker health
    "sj_salud_trabajador_agricola": (
        """PROGRAMA DE SALUD MIGRANTE — NOTA DE CAMPO (unidad móvil)
Fecha: {fecha}   Lugar: campamento de trabajadores, {us_addr}, {us_city}, {us_st}
Trabajador: {pt_full}   F. nac.: {dob}   Núm. de empleado H-2A: {empleado}
Pasaporte: {pasaporte}   Teléfono (México): {tel_mx}   WhatsApp: {cel}
Cultivo: fresa; {horas_sol} h al sol; carga {carga}. {palabra1}.
TA {ta}  FC {fc}  T {temp}  Glucosa {glucosa}
Dx: deshidratación leve ({icd1}); lumbalgia mecánica. {med1}.
Transporte: van de la compañía, placas {placa}, chofer {chofer}.
Mayordomo/supervisor: {jefe}, {tel}.
Familia en {mx_city}, {mx_state}: esposa {pareja}, {mx_calle}, {mx_col}, CP {mx_cp}.
Atendió: {promotora} (promotora) y {dr_tit} {dr_last}""",
        """FARMWORKER HEALTH ENCOUNTER / ENCUENTRO — {clinica}
Name: {pt_caps}  DOB {dob_dmy}  Emp ID {empleado}  MRN {mrn}
Camp housing: {us_addr} {us_apt}, {us_county}
Ride: crew bus plate {placa}, VIN {vin} (per grower log)
Pesticide exposure? yes — {palabra2}; cholinesterase drawn, accession {acc}
Vitals BP {ta} HR {fc} SpO2 {spo2}
Home (Guatemala): {ca_addr}, {ca_city}; esposa {pareja_first} {tel_ca}
Crew leader {jefe}; phone {cel}
Rx: {med1}. F/u {f_corta} at mobile unit. {rol1}""",
    ),
    # 12 border clinic
    "sj_clinica_fronteriza": (
        """CLÍNICA DE LA FRONTERA — NOTA DE ENCUENTRO
Fecha: {fecha_dmy}  Hora: {hora}
Paciente: {pt_full}   Edad: {edad_calc}   Sexo: {sexo}
Identificación: INE clave de elector {ine}; CURP {curp}
Domicilio en México: {mx_calle}, {mx_col}, CP {mx_cp}, {mx_city}, {mx_state}
Domicilio en EE.UU. (familiar): {us_addr}, {us_city}, {us_st} {us_zip}
Tel. MX: {tel_mx}   Tel. EE.UU.: {cel}
Cruzó hoy por el puente en vehículo con placas {placa_mx}; lo trae su hijo {hijo}.
MC: {palabra1}; TA {ta}, glucosa {glucosa}. Dx {icd1}. Tx: {med1}.
Referido a {fac_us}. Llamar a la {dr_tit} {dr} al {tel_clin}. Fax de la clínica: {fax}""",
        """BORDER HEALTH CLINIC — VISIT SUMMARY (español/English)
Pt: {pt_inv}  |  DOB: {dob_es}  |  MRN {mrn}
ID: matrícula consular {matricula}; RFC {rfc}
Lives: {mx_col}, {mx_city} — crosses daily for work; car plates {placa_mx} (Tamaulipas)
US contact: sister {contacto}, {us_addr}, {us_city} {us_zip}, {cel}
Chief complaint: {palabra2}. HbA1c {a1c}; LDL {ldl}.
Plan: {med1}; {med2}. Labs accession {acc}.
Self-pay — account {cuenta}; sliding fee {fpl}.
Provider: {dr}, NP   NPI {npi}""",
    ),
    # 13 Puerto Rico hospital admission
    "sj_hoja_admision_pr": (
        """HOJA DE ADMISIÓN — {fac_pr}
Núm. de Récord: {mrn}        Núm. de Cuenta: {fin}
Paciente: {pt_caps_inv}
Fecha de nacimiento: {dob_old_dmy}    Edad: {edad90} años
Dirección residencial: {pr_calle}, {pr_urb}, {pr_town}, PR {pr_zip}
Dirección postal: {pr_hc}, {pr_town}, PR {pr_zip}
Teléfono: {tel_pr}   Celular: {cel_pr}
Plan Vital — Núm. de contrato: {vital_contrato}   MPI: {vital}
Medicare (MBI): {mbi}
Licencia de conducir: {dl_pr}
Marcapasos: sí — serie {marcapasos_sn}
Persona responsable: {hija} (hija), {cel_pr}
Médico admitente: {dr_tit} {dr}, Lic. {lic_pr}
Fecha de admisión: {fecha_hora}   {cuarto}   Dx: {icd1}; DRG {drg}""",
        """EXPEDIENTE — NOTA DE INGRESO (Sala de Medicina)
{pt_full}, {edad90_w} años, natural de {pr_town}, reside en {pr_barrio}, {pr_carr}, {pr_town}.
Récord {mrn}. Admitida {f2} desde Sala de Emergencias del {fac_pr}.
Traída por su sobrino {contacto} ({cel_pr}). Vive sola; la vecina, doña {abuela_first}, la cuida de día.
HPI: {palabra1}. TA {ta}, FC {fc}, SpO2 {spo2}, T {temp}. Creatinina {creat}. Hgb {hgb}.
Tiene concentrador de oxígeno en el hogar, serie {o2_sn}, 2 L/min.
Plan: {med1}; {med2}; {epon1} descartada.
Plan Vital {vital}. {dr_tit} {dr_short} / Lic. {lic_pr}""",
    ),
    # 14 Plan Vital / insurance card OCR
    "sj_tarjeta_plan_vital_ocr": (
        """[OCR — tarjeta de seguro, frente]
GOBIERNO DE PUERTO RICO  PLAN VITAL
{mco}
Nombre: {pt_ocr}
MPI: {vital}        Contrato: {vital_contrato}
Fecha Efectividad: {f2}
Región: Metro-Norte    Grupo: {grupo}
PCP: DR. {dr_caps}   Tel {tel_pr}
[reverso]
Servicios al Afiliado: 1-800 en la tarjeta (ilegible)
Farmacia: RxBIN 004336  PCN ADV
Escaneada por {recep_short} el {fecha}; imagen de la ID con foto: {foto}""",
        """Insurance card scan — front/back (OCR text, low confidence)
MEMBER / AFILIADO ... {pt_caps}
ID {member}   GRP {grupo}
DOB {dob_mdy}    Eff {f3}
PCP {dr_caps}  ph {tel}
Plan: {mco} / {seguro}
RxBIN 610014  RxPCN MEDDPRIME  RxGRP {grupo}
Copays: PCP $0  ER {dinero2}
Subscriber address: {us_addr}, {us_city_caps} {us_st} {us_zip}
Scanned {fecha_hora} by {recep_short}; card holder photo: {foto}""",
    ),
    # 15 letter from a Mexican clinic
    "sj_constancia_medica_mexico": (
        """{fac_mx}
{mx_calle}, {mx_col}, C.P. {mx_cp}, {mx_city}, {mx_state}
Tel. {tel_mx}   Fax {fax_mx}

CONSTANCIA MÉDICA

A quien corresponda:

El que suscribe, {dr_tit} {dr}, médico cirujano con cédula profesional {ced_prof} y cédula de
especialidad {ced_esp}, hace constar que el/la C. {pt_full}, con CURP {curp}, de {edad_calc} años,
fue atendido(a) en esta unidad del {f2} al {fecha_es} por {epon1} ({icd1}).

Recibió tratamiento con {med1} y {med2}. Se recomienda continuar seguimiento en los Estados Unidos.
Expediente núm. {mrn}.

Se extiende la presente a petición del interesado en {mx_city}, el {fecha_es}.

Atentamente,
{dr_tit} {dr}
Céd. Prof. {ced_prof}   correo {email_dr}""",
        """RESUMEN CLÍNICO / CLINICAL SUMMARY (traducción adjunta)
Unidad: {fac_mx}     No. de afiliación / NSS: {nss}
Paciente: {pt_caps}     RFC: {rfc}     CURP: {curp}
Domicilio: {mx_calle}, {mx_col}, {mx_city}, CP {mx_cp}
Fecha de ingreso: {f2}   Fecha de egreso: {fecha}
Diagnóstico de egreso: preeclampsia severa ({icd1}), cesárea {f3}. Recién nacido vivo, Apgar {apgar}.
Laboratorios: Hb {hgb}, creatinina {creat}, plaquetas 118,000.
Médico tratante: {dr_tit} {dr}, cédula {ced_prof}
Contacto de la paciente: {tel_mx}, {email}
Traducción certificada por {interp} ({interp_cert}) el {f_corta2}""",
    ),
    # 16 letter from a Central American clinic
    "sj_carta_clinica_centroamerica": (
        """{fac_ca}
{ca_addr}, {ca_city}, {ca_country}
Teléfono {tel_ca}

{ca_city}, {fecha_es}

CERTIFICADO MÉDICO

La/el infrascrito(a), {dr_tit} {dr}, inscrito(a) en el registro profesional bajo el
número {lic_ca_label} {lic_ca}, certifica que {pt_full}, con {doc_ca_label} {doc_ca}, de {edad_calc} años, residente en
{ca_addr}, {ca_city}, padece de hipertensión arterial ({icd1}) desde {anio} y {epon1}.
Tratamiento actual: {med1}. Última TA {ta}.
Se extiende para trámites migratorios y seguimiento en {us_city}, {us_st}.

F. {dr_tit} {dr}  — {lic_ca_label} {lic_ca}   sello""",
        """CENTRO DE SALUD — CONSTANCIA ({ca_country})
{fac_ca}
Paciente: {pt_full}   {doc_ca_label}: {doc_ca}   Fecha de nacimiento: {dob_dmy}
Dirección: {ca_addr}, {ca_city}
Madre: {madre}   Tel. {tel_ca}
Esquema de vacunación del niño {hijo} (nacido {dob_nino}): completo; {vacuna}.
Atendida el {fecha} por desnutrición crónica; peso {peso}, talla {talla}.
Refiere {palabra1}. Se refiere a hospital para evaluación de {epon2}.
{dr_tit} {dr}, {lic_ca_label} {lic_ca}
Pasaporte de la paciente: {pasaporte}""",
    ),
    # 17 consular paperwork
    "sj_tramite_consular": (
        """CONSULADO — SOLICITUD DE MATRÍCULA CONSULAR (datos capturados)
Folio de matrícula: {matricula}
Nombre: {pt_caps}
Fecha de nacimiento: {dob_es}   Lugar: {mx_city}, {mx_state}
CURP: {curp}     Pasaporte: {pasaporte}
Domicilio en EE.UU.: {us_addr} {us_apt}, {us_city}, {us_st} {us_zip}
Teléfono: {cel}    Correo: {email}
Huellas dactilares capturadas — plantilla {huella}
Fotografía (rostro de frente): {foto}
Cita: {fecha_hora}   Ventanilla 4   Funcionario: {consul}
Pago: {dinero} (derechos)
Constancia médica adjunta de {clinica} (paciente con {epon1}).""",
        """TRASLADO DE RESTOS — EXPEDIENTE CONSULAR {caso}
Finado(a): {pt_full}   Edad: {edad90} años   F. nac.: {dob_old}
Fecha de defunción: {fecha}   Lugar: {fac_us}, {us_city}
Causa: neumonía; {epon1}. Certificado de defunción estatal adjunto.
Destino: {mx_calle}, {mx_col}, {mx_city}, {mx_state}
Familiar solicitante: {hija} (hija), tel. {cel}, pasaporte {pasaporte}
Funeraria: director {informante}, licencia {lic_funeral}, fax {fax}
Identificación del finado: huella {huella}; foto post mortem no tomada; foto de ID: {foto}
Vehículo de traslado: carroza placas {placa}, VIN {vin}
Atendió: {consul}, Departamento de Protección""",
    ),
    # 18 immigration medical exam
    "sj_examen_medico_inmigracion": (
        """RESUMEN — EXAMEN MÉDICO DE INMIGRACIÓN (USCIS I-693), cirujano civil
Solicitante: {pt_full}   A-Number: {anum}   F. nac.: {dob_mdy}
Recibo USCIS: {uscis}
Domicilio: {us_addr}, {us_city}, {us_st} {us_zip}   Tel. {tel}
Identificación verificada: pasaporte {pasaporte}; foto tomada en clínica: {foto}
IGRA (QuantiFERON): negativo, accesión {acc}. RPR no reactivo. Gonorrea NAAT negativa.
Vacunas: {vacuna} lote {lote}; {vacuna} lote {lote2}.
Cirujano civil: {dr_tit} {dr}, NPI {npi}, lic. {lic_pr}
Fax del consultorio: {fax}    Examen completado: {fecha}
Sobre sellado entregado al solicitante. Expediente {mrn}.""",
        """I-693 worksheet (internal) — {clinica}
applicant: {pt_inv_init}
A#: {anum}    receipt: {uscis}    DOB: {dob}
passport: {pasaporte}   country: {ca_country}
chest x-ray {f2}: no TB signs (CPT 71046)
IGRA accession {acc}: negative
vaccines: {vacuna} given, lot {lote}; varicella titer immune
photo ID capture: {foto}; fingerprints at ASC {f3} (biometrics ref {huella})
civil surgeon {dr}, NPI {npi}; fax {fax}
cell {cel}; email {email}""",
    ),
    # 19 PR auto-accident (ACAA) claim
    "sj_reclamacion_acaa": (
        """ADMINISTRACIÓN DE COMPENSACIONES POR ACCIDENTES DE AUTOMÓVILES — INFORME MÉDICO
Núm. de reclamación: {reclamacion}
Lesionado: {pt_full}   Seguro Social: {ssn}   F. nac.: {dob}
Dirección: {pr_calle}, {pr_urb}, {pr_town}, PR {pr_zip}   Tel. {cel_pr}
Licencia de conducir: {dl_pr}
Fecha del accidente: {f2}   Lugar: {pr_carr}, {pr_town}
Vehículo: Toyota Corolla, tablilla {tablilla}, VIN {vin}
Otro vehículo: tablilla {tablilla2}, conductor {pt2}
Querella policiaca núm. {querella}
Atendido en {fac_pr} el {f2}; fractura de radio distal ({icd1}), CPT {cpt1}.
Médico: {dr_tit} {dr}, Lic. {lic_pr}, NPI {npi}   Fax {fax_pr}""",
        """ACAA — HOJA DE TRATAMIENTO / TERAPIA FÍSICA
reclamación {reclamacion} | {pt_caps_inv} | SS {ssn}
accidente {f2} — motora, tablilla {tablilla}, VIN {vin}
sesiones: {dosis_n}/12  EVA dolor 6/10  ROM hombro 90°
terapista: {enf}, lic. {lic_enf}
próxima sesión: {f_corta}
contacto: {cel_pr}; {pr_hc}, {pr_town} {pr_zip}""",
    ),
    # 20 telehealth visit
    "sj_telesalud_bilingue": (
        """TELESALUD — NOTA DE VISITA POR VIDEO
Paciente: {pt_full}   DOB {dob}   MRN {mrn}
Enlace de la sala: {url_tele}
IP del paciente: {ip}   IP del proveedor: {ip2}
Ubicación del paciente durante la visita: {us_addr}, {us_city}, {us_st}
Consentimiento verbal para telesalud obtenido. Intérprete: {interp} (voz {voz}).
Monitor de presión en casa (serie {tension_sn}): promedio {ta}, FC {fc}.
CGM serie {cgm_sn}: tiempo en rango {pct}; glucosa promedio {glucosa}.
Plan: {med1}; {med2}. Laboratorios {f_corta}.
Proveedor: {dr_tit} {dr} ({email_dr}) — {clinica}. Tiempo: {min} min, CPT {cpt1}-95.""",
        """Video visit log | {fecha_hora}
pt {pt_inv_init} | MRN {mrn} | cel {cel} | email {email}
join link {url_tele}
client ip {ip} / gateway {ip2}
device: BP cuff SN {tension_sn}; glucometer SN {glucometro_sn}
readings: BP {ta}, BG {glucosa}, wt {peso}
interpreter {interp_short} — voiceprint ID {voz}
assessment: HTN ({icd1}), DM2 ({icd2}); PHQ-9 {phq9}
next: {f_corta} | provider {dr}""",
    ),
    # 21 prescription / pharmacy label
    "sj_receta_etiqueta_farmacia": (
        """RECETA / PRESCRIPTION
{clinica}   NPI de la clínica: {org_npi}
Paciente: {pt_full}   F. nac.: {dob}   Tel. {cel}
Dirección: {us_addr}, {us_city} {us_zip}
Rx: {med1}
Disp: #60   Refills: 3   Sustitución genérica permitida
Rx: {med2}
Prescriptor: {dr_tit} {dr}   NPI {npi}   DEA {dea}
Fecha: {fecha}   Fax a farmacia: {fax}""",
        """ETIQUETA DE FARMACIA / PHARMACY LABEL
Farmacia (NCPDP {ncpdp}, permiso {permiso})
Rx# {rx}     Fecha: {fecha_mdy}
{pt_caps}
{us_addr} {us_apt}, {us_city} {us_st} {us_zip}
TOME 1 TABLETA POR BOCA DOS VECES AL DÍA CON COMIDA
{med1}
NDC {ndc}   Lote {lote}   Vence: 2027
{dr_tit} {dr_short}   DEA {dea}
Surtidos: 0 de 3   Rx anterior: {rx2}
Farmacéutica: {farm}   Tel. del paciente: {cel}""",
    ),
    # 22 WIC certification
    "sj_certificacion_wic": (
        """WIC — CERTIFICACIÓN / CERTIFICATION
Familia ID: {wic}    Oficina local {clinica}
Participante: {pt_full} (niño/a)   F. nac.: {dob_nino}
Madre: {madre}   F. nac.: {dob_a}   Tel.: {cel}   Correo: {email_madre}
Dirección: {us_addr} {us_apt}, {us_city}, {us_st} {us_zip}
Peso {peso_nino} ({percentil}); longitud {talla_nino}; Hgb {hgb}
Riesgo nutricional: 201 bajo peso; lactancia parcial.
Extractor de leche eléctrico prestado — serie {bomba_sn}; devolver antes de {f_corta}.
Fórmula: {med1}
Prueba de ingresos: Medicaid ID {medicaid}
Certificado por {ts}, CPA nutricionista. Próxima cita: {f4}""",
        """WIC breast pump loan agreement / Préstamo de extractor
Participant (mother): {madre_inv}   WIC family ID: {wic}
Infant: {pt_first} {pt_lasts}, born {dob_nino}
Pump model: Medela Symphony (hospital grade) — serial {bomba_sn}; kit lot {lote}
Loaned {fecha}; return by {f_corta}
Phone {cel} | alt contact {abuela} {tel}
Address {us_addr}, {us_city} {us_zip}
Staff: {ts}; {rol2}""",
    ),
    # 23 lab results
    "sj_resultados_laboratorio": (
        """LABORATORIO CLÍNICO — INFORME DE RESULTADOS   (CLIA {clia})
Paciente: {pt_caps_inv}   Récord: {mrn}   F. nac.: {dob_dmy}
Accesión: {acc}   Recolectado: {fecha_hora}   Médico: {dr}
Prueba                     Resultado   Unidades   Referencia
Hemoglobina A1c            {a1c}                  4.0-5.6
Glucosa en ayunas          {glucosa}              70-99
Creatinina                 {creat}                0.6-1.2
Hemoglobina                {hgb}                  12.0-16.0
TSH                        {tsh}                  0.4-4.5
LOINC {loinc}
Reportado a {dr_tit} {dr_last} por fax {fax_pr}; tel. {tel_pr}
Plan Vital: {vital}""",
        """LAB REPORT — Salmonella / Chagas serology (send-out)
Patient {pt_full} | DOB {dob_mdy} | MRN {mrn}
Specimen {acc} collected {fecha} | CLIA {clia}
T. cruzi IgG (ELISA): reactivo, index 3.2 — {epon1}
Confirmatory sent; ref. LOINC {loinc}
Ordering: {dr}, NPI {npi}; fax {fax}
Patient phone {cel}; born in {birth_place}
Medicaid {medicaid}""",
    ),
    # 24 referral / prior authorization
    "sj_referido_autorizacion": (
        """REFERIDO A ESPECIALISTA / REFERRAL
De: {dr_tit} {dr}, {clinica}   Tel. {tel_clin}   Fax {fax}
A: Cardiología — {dr2_tit} {dr2}, NPI {npi2}
Paciente: {pt_full}   F. nac.: {dob}   Récord {mrn}
Plan: {mco}   Núm. de socio: {member}   Grupo: {grupo}
Núm. de autorización previa: {auth}   Válida hasta {f4}
Motivo: soplo nuevo, {epon1}; ECG con BRDHH. TA {ta}.
Dirección: {pr_calle}, {pr_urb}, {pr_town} {pr_zip}   Cel. {cel_pr}
Fecha del referido: {fecha}""",
        """PRIOR AUTHORIZATION REQUEST — fax cover
To: {mco} UM dept   Fax: {fax}
From: {dr}, MD (NPI {npi})   Phone {tel_clin}
Member: {pt_caps}   ID {member}   DOB {dob_mdy}
Service: MRI lumbar spine (CPT 72148), Dx {icd1}
Auth ref # {auth}
Interpreter needed: {idioma}
Pages: 4 (incl. this cover)   Sent {fecha_hora}""",
    ),
    # 25 billing statement
    "sj_estado_cuenta": (
        """ESTADO DE CUENTA / BILLING STATEMENT
{clinica}    EIN {ein}
Garante: {pt_full}
{us_addr} {us_apt}
{us_city}, {us_st} {us_zip}
Número de cuenta: {cuenta}     Factura: {factura}
Fecha de servicio   Código   Descripción                Cargo
{f2}      {cpt1}    Visita establecida         {dinero}
{f2}      {cpt2}    Laboratorio                {dinero2}
Reclamación al seguro: {reclamacion} — {seguro} ID {medicaid}
Saldo a pagar: {dinero2}   Descuento escala móvil aplicado ({fpl}).
Preguntas: {tel_clin} (lunes a viernes, 8:00-17:00)""",
        """PATIENT STATEMENT — {fac_pr}
acct {fin}   claim {reclamacion}
{pt_caps_inv}
{pr_hc}
{pr_town_caps} PR {pr_zip}
DOS {f2}-{f3}  Rev {rev}  DRG {drg}
Total charges {dinero}; Plan Vital paid {dinero2}
Plan Vital MPI {vital}; secondary Medicare MBI {mbi}
SSN on file {ssn}
Call {tel_pr} | fax {fax_pr}""",
    ),
    # 26 death worksheet
    "sj_hoja_defuncion": (
        """HOJA DE TRABAJO — CERTIFICADO DE DEFUNCIÓN
Nombre del fallecido: {pt_full}
Edad: {edad90} años   F. nac.: {dob_old_es}   Seguro Social: {ssn}
Fecha y hora de muerte: {fecha_hora}   Lugar: {fac_pr}
Residencia: {pr_calle}, {pr_barrio}, {pr_town}, PR {pr_zip}
Estado civil: viudo(a). Cónyuge: {pareja} (fallecido)
Padre: {padre}   Madre: {madre}
Informante: {informante} (nieto), tel. {cel_pr}
Causa inmediata: sepsis ({icd1}); causa subyacente: {epon1}
Funeraria: director {funerario}, licencia {lic_funeral}, fax {fax_pr}
Médico certificador: {dr_tit} {dr}, Lic. {lic_pr}""",
        """Death certificate worksheet — funeral home copy
Decedent: {pt_caps_inv}   Age {edad90}   DOB {dob_old_mdy}
SSN {ssn}   Birthplace {birth_place}
DOD {fecha}   Place: {fac_us}, {us_county}
Residence {us_addr}, {us_city} {us_zip}
Informant {informante}, phone {cel}
Funeral director {funerario}, lic. {lic_funeral}; fax {fax}
Disposition: traslado a {mx_city}; hearse plate {placa}
Certifier: {dr}, NPI {npi}""",
    ),
    # 27 HL7 ADT from a PR hospital
    "sj_hl7_adt_puerto_rico": (
        """MSH|^~\\&|ADT|HOSP|LAB|HOSP|{fecha_hl7}||ADT^A04|{msgid}|P|2.5
PID|1||{mrn}^^^MR||{pt_lasts_caps}^{pt_first_caps}^{pt_mid_caps}||{dob_hl7}|{sexo_hm}||2106-3|{pr_calle}^{pr_urb}^{pr_town}^PR^{pr_zip}||{tel_pr}|||||{fin}|{ssn}
NK1|1|{madre_caps}|MTH|||{cel_pr}
PV1|1|E|ER^{cama}||||{npi}^{dr_last}^{dr_first}|||||||||||{fin}
IN1|1|PLANVITAL|{mco}||||||{grupo}||||||||||||||||||||||||||{vital}
NTE|1||idioma preferido {idioma}; intérprete {interp}""",
        """ADT export (pipe) — urgencias
{mrn}|{pt_lasts_caps}|{pt_first_caps}|{dob_hl7}|{sexo_hm}|{pr_town_caps}|{pr_zip}|{tel_pr}|{vital}|{fecha_hl7}|{dr_caps}|{npi}
{mrn2}|{madre_caps}||{dob_a_hl7}|F|{pr_town_caps}|{pr_zip}|{cel_pr}|{vital_contrato}|{fecha_hl7}|{dr_caps}|{npi}
# fields: record|apellidos|nombre|fnac|sexo|municipio|zip|tel|plan|llegada|medico|npi""",
    ),
    # 28 portal / text messages
    "sj_mensajes_portal_paciente": (
        """Mensaje del portal del paciente ({url_portal})
De: {pt_full} <{email}>
Enviado: {fecha_hora}   IP: {ip}
Asunto: resultados y receta

Buenas {dr_tit} {dr_last}, le escribo porque todavía tengo dolores en la espalda y el Tylenol no me hace.
Mi hija {hija_first} le manda una foto de la herida ({foto2}). Mi nuevo cel es {cel}.
Ya me mudé a {us_addr} {us_apt}, {us_city} {us_zip}.
Gracias, {pt_nick}

Respuesta ({rol1}): Hola Sra. {pt_last1}, su cita es el {f_corta} a las {hora2}. Traiga su tarjeta de {seguro}.""",
        """SMS thread export — {clinica} texting line
[{fecha_hora}] +clinic: Recordatorio: cita de {pt_first1} con {dr_tit} {dr_last} el {f_corta}. Responda 1 para confirmar.
[{f2}] {cel}: 1. tambien mi esposo {pareja_first} necesita cita, su fecha nac es {dob_a2}
[{f2}] {cel}: aqui esta mi facebook por si no contesto {url_social}
[{f2}] {cel}: mande foto de mi id {foto2}
[{f2}] +clinic: Gracias. Su expediente {mrn}. No mande fotos de documentos por texto ({politica}).
portal login IP {ip}; link {url_portal}""",
    ),
    # 29 newborn record
    "sj_hoja_recien_nacido": (
        """HOJA DEL RECIÉN NACIDO — {fac_pr}
Identificación: RN {bebe_rn}  (nombre: {bebe})   Récord: {mrn}
Nacido: {fecha_hora}   Sexo: {sexo}   Peso {peso_rn}   Apgar {apgar}   EG {sg_rn}
Madre: {madre}, récord {mrn2}, F. nac. {dob_a}
Padre: {padre}
Brazalete madre-bebé núm. {brazalete}
Etiqueta de seguridad (Hugs) serie {tag_sn}
Huellas plantares registradas: {huella_plantar}
Vitamina K 1 mg IM; eritromicina oftálmica; HepB lote {lote}.
Dirección de la madre: {pr_calle}, {pr_urb}, {pr_town} {pr_zip}   Tel. {cel_pr}
Pediatra: {dr_tit} {dr}   Enfermera: {enf}""",
        """NEWBORN ID / IDENTIFICACIÓN DEL RECIÉN NACIDO — {fac_us}
Infant: {bebe}  MRN {mrn}  born {fecha_hora}
Mother: {madre_inv}  MRN {mrn2}  DOB {dob_a}  CURP {curp_madre}
Band # {brazalete}   Security tag SN {tag_sn}
Footprint record {huella_plantar}
Birth weight {peso_rn}; Apgar {apgar}; GA {sg_rn}
Mother's address {us_addr}, {us_city} {us_zip}; phone {cel}
Father: {padre} (present)  Delivering: {dr_tit} {dr}""",
    ),
}

NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """PROTOCOLO DE INTERPRETACIÓN — {politica}
{clinica}: todo paciente con dominio limitado del inglés recibe intérprete certificado sin costo.
No se permite que menores de edad interpreten. Idiomas más solicitados en {anio}: {idioma}, mixteco, k'iche'.
Tiempo promedio de conexión VRI: {min} min. Contacte a {rol1} por la extensión interna.
Documentar en el expediente: idioma, modalidad (VRI/OPI/presencial), número de minutos.""",
    """CHARLA EDUCATIVA DE PROMOTORAS — Diabetes en la familia
Asistentes: {hogar} familias. Temas: plato saludable, lectura de etiquetas, caminar 30 min diarios.
Glucosa capilar promedio del grupo: {glucosa}; TA promedio {ta}.
Se repartieron folletos de {programa} y {programa2}. Próxima charla en la capilla después del rosario.
Facilitó: {rol1}. Material: forma {forma}.""",
    """ESCALA MÓVIL DE TARIFAS {anio} — {clinica}
% FPL          Categoría   Visita médica   Dental
0-100%         A           {dinero}        {dinero2}
101-150%       B           {dinero}        {dinero2}
151-200%       C           {dinero2}       {dinero2}
> 200%         Tarifa completa
Tamaño del hogar {hogar}: ingreso máximo categoría A {ingreso}/mes. Aprobado por la junta ({politica}).""",
    """INSTRUCCIONES GENERALES DE ALTA — DIABETES
Tome {med1}. Mida su glucosa antes del desayuno y la cena; meta 80-130 mg/dL.
Si su glucosa es menor de 70 mg/dL tome 15 g de azúcar y repita en 15 minutos.
Llame a su clínica si tiene {palabra1}. En una emergencia marque 911.
HbA1c objetivo < 7%. Revise sus pies cada día. Forma {forma}.""",
    """VACCINE INVENTORY — clinic stock (weekly count)
Vaccine                          Lot           Doses   Storage
{vacuna}    {lote}    {hogar}    2-8 °C
{vacuna}    {lote2}    {dosis_n}    2-8 °C
Refrigerator temp {temp_ref} at {hora}. No excursions. Checked by {rol1}.
VFC program; NDC {ndc}. Policy {politica}.""",
    """GUÍA DE CONTROL PRENATAL (folleto)
Primera visita antes de las 12 semanas. Ácido fólico 0.4 mg diario.
Curva de tolerancia a la glucosa entre las 24 y 28 semanas; glucosa 1 h normal < 140 mg/dL.
Tdap en cada embarazo entre las semanas 27 y 36. Regla de Naegele para calcular la fecha probable.
Si tiene sangrado, dolores fuertes o deja de sentir al bebé, vaya a Labor y Parto. {seguro} cubre el parto.""",
    """LAB REFERENCE RANGES / VALORES DE REFERENCIA (rev. {anio})
Hemoglobina A1c ............ 4.0-5.6 %   (LOINC 4548-4)
Glucosa en ayunas .......... 70-99 mg/dL
Hemoglobina (mujer) ........ 12.0-16.0 g/dL
Plomo en sangre (niños) .... < 3.5 mcg/dL
TSH ........................ 0.4-4.5 mUI/L
Ejemplo de resultado: A1c {a1c}, glucosa {glucosa}, Hb {hgb}. CLIA del laboratorio {clia}.""",
    """CODING TIP SHEET — prenatal and well-child ({anio})
Global OB: {cpt1}; vaccine admin {cpt2}; developmental screen 96110; depression screen {cpt3}.
ICD-10: {icd1}, {icd2}, {icd3}. HCPCS {hcpcs} for interpreter services where allowed.
Revenue code {rev} for ER; DRG {drg}. SNOMED {snomed}. Do not bill 99211 with {cpt2}.""",
    """SALUD OCUPACIONAL — GUÍA PARA TRABAJADORES AGRÍCOLAS
Tome agua cada 15 minutos aunque no tenga sed. Descanse a la sombra. Después de {horas_sol} horas al sol,
revise señales de golpe de calor: temperatura mayor de 39 °C, confusión, piel seca.
No levante más de {carga} sin ayuda. Use guantes con los pesticidas; lávese antes de comer.
Material del {programa} — forma {forma}. {palabra2}.""",
    """FORMULARIO DE MEDICAMENTOS 340B — lista parcial
{med1} — {dinero}
{med2} — {dinero2}
{med3} — {dinero}
NDC {ndc}; lote de almacén {lote}. Precio para pacientes de escala móvil.
Farmacia contratada: NCPDP {ncpdp}, permiso {permiso}. {politica}.""",
    """INFORME TRIMESTRAL DE CALIDAD — {clinica}
Pacientes con diabetes controlada (A1c < 9%): {pct}. Tamizaje de depresión (PHQ-9): {pct}.
Niños con vacunas completas a los 2 años: {pct}. Mujeres con control prenatal en primer trimestre: {pct}.
Visitas con intérprete: {hogar}00. Meta UDS {anio}. Presentado a la junta por {rol2}.""",
    """CLINIC HOURS / HORARIO
Lunes a viernes 8:00-17:00; sábados 8:00-12:00. Unidad móvil en los campos de 6:00 a 9:00 durante la cosecha.
Servicios: medicina familiar, pediatría, salud de la mujer, dental, salud mental, WIC, farmacia 340B.
Aceptamos {programa}, {programa2}, {mco} y pacientes sin seguro (escala móvil). {clinica2}.""",
    """TRIAGE PROTOCOL — fever in children (Protocolo {politica})
Age < 3 months with T >= 38.0 °C: emergency evaluation.
3-36 months: acetaminophen 15 mg/kg; ibuprofen 10 mg/kg if > 6 months.
Red flags: petechiae, lethargy, SpO2 < 92%, {epon1}. Reassess in {hrs} h.
Example: child {edad_nino}, T {temp}, HR {fc}, RR {fr}, SpO2 {spo2} -> routine.""",
    """NOTA DE GRUPO — apoyo de salud mental para madres
{hogar} participantes. Temas: estrés por la separación familiar, duelo, {palabra1}.
PHQ-9 promedio {phq9}; GAD-7 promedio {gad7}. Ninguna con riesgo suicida activo.
Facilitadora: {rol1}. Se ofreció consuelo y se rezó el rosario a petición del grupo.
Próxima sesión en {semanas} semanas.""",
    """WIC — TABLA DE ALIMENTOS (paquete para mujer lactando)
Leche {hogar} galones; huevos 2 docenas; cereal 36 oz; jugo 144 oz; frutas y verduras {dinero}.
Fórmula para bebé parcialmente amamantado: Similac o Enfamil según contrato estatal.
Hemoglobina de corte para referir: < 11.0 g/dL. Forma {forma}.""",
    """INFECTION CONTROL — TB screening policy ({politica})
All new staff: IGRA or TST at hire. Positive screen -> chest x-ray (CPT 71046) within {semanas} weeks.
LTBI regimen: rifampin 600 mg daily x 4 months. Document lot {lote} for PPD stock.
Questions: {rol2}. Revised {anio}.""",
    """PLAN VITAL — RESUMEN DE CUBIERTA (folleto general)
Plan Vital cubre servicios médicos, hospitalarios, de farmacia y de salud mental en Puerto Rico.
Copagos: visita al médico primario {dinero}; sala de emergencia {dinero2}; medicamentos genéricos $1.00.
Elegibilidad según el 138% del FPL. Aseguradoras participantes: {mco}. Forma {forma}.""",
    """REGISTRO DE TEMPERATURA DE REFRIGERADOR DE VACUNAS
Turno AM {hora} — {temp_ref}; turno PM {hora2} — {temp_ref}. Mín/Máx dentro de rango 2-8 °C.
Lote de control {lote2}. Data logger calibrado en {anio}. Revisó: {rol1}.""",
    """CONSENT FORM TEMPLATE (blank) — Forma {forma}
Yo, ______________________, autorizo a ______________________ a realizar ______________________.
Firma: ____________   Fecha: ____/____/______   Intérprete: ____________ (certificación #______)
Este formulario existe en español, inglés, mixteco (audio) y k'iche' (audio). {politica}.""",
    """MEDICAID/CHIP — LISTA DE DOCUMENTOS REQUERIDOS
Prueba de identidad, prueba de ingresos de los últimos 30 días, prueba de residencia en el estado.
Para niños nacidos en EE.UU. se acepta el acta de nacimiento. CHIP: copago máximo {dinero} por visita.
Ingreso máximo para un hogar de {hogar}: {ingreso} mensuales ({fpl} FPL). Navegadora: {rol2}.""",
    """PHARMACY COUNSELING SHEET (español)
{med1}
Tómelo con comida. Puede causar malestar estomacal los primeros {semanas} días.
No lo tome con alcohol. Si olvida una dosis, tómela en cuanto se acuerde.
NDC {ndc}. Guarde a temperatura ambiente. {rol1} disponible para preguntas.""",
    """ESTADÍSTICA MENSUAL — UNIDAD MÓVIL DE SALUD MIGRANTE
Encuentros: {hogar}{dosis_n}{hogar}. Golpe de calor: {dosis_n}. Dermatitis de contacto: {hogar}.
Lesiones musculoesqueléticas: {hogar}. Tamizajes de glucosa: {min}; promedio {glucosa}.
Vehículo de la unidad: van Mercedes Sprinter del programa, mantenimiento al día. {politica}.""",
    """CHAGAS SCREENING GUIDE — {clinica}
Offer T. cruzi serology to people born in endemic areas of Mexico and Central America.
Two different assays needed to confirm. Treatment: benznidazole 5-7 mg/kg/day x 60 days.
ICD-10 {icd1}; LOINC {loinc}. {epon1}; {epon2}.""",
    """HOJA DE SIGNOS VITALES (plantilla de turno)
Hora   TA        FC    FR   T          SpO2
{hora}  {ta}   {fc}   {fr}   {temp}   {spo2}
{hora2}  {ta}   {fc}   {fr}   {temp}   {spo2}
Glucosa capilar {glucosa}. Escala de dolor 3/10. Glasgow {gc}. {cuarto}, cama {cama}.""",
    """DENTAL CLINIC — sealant program summary ({anio})
Children screened: {min}; sealants placed: {hogar}0; fluoride varnish (CPT 99188): {min}.
Head Start partner sites: {hogar}. Consent forms in Spanish and English (form {forma}).
Cost per child {dinero}. Funded by {programa}.""",
    """LACTANCIA — HOJA INFORMATIVA
Amamante de 8 a 12 veces en 24 horas. Extractores Medela disponibles en préstamo a través de WIC.
Si tiene dolor en el pecho, fiebre de {temp} o enrojecimiento, llame a {rol1}.
Vitamina D 400 UI diarias para el bebé. {epon1} no contraindica la lactancia.""",
)
