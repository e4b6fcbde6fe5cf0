# Passerelle — public pages, Español.
# Plain messages only (no variables or selectors): the server looks them up by id.
# Ids starting with "js-" are also sent to the browser code in the page data.

lang-name = Español
site-name = Passerelle

## Layout

quick-exit = Salida rápida
quick-exit-hint = O pulse Shift 3 veces
skip-link = Ir al contenido principal
lang-switch-label = Idioma
footer-nav-label = Páginas del sitio
nav-home = Inicio
nav-follow-up = Seguir una denuncia
nav-safety = Protegerse en internet
footer-firewall = Nunca compartimos las denuncias con las autoridades de inmigración.
footer-no-tracking = Este sitio no usa cookies ni rastreadores.
noscript-title = Esta página necesita JavaScript.
noscript-body = Su denuncia se cierra (se cifra) en su propio teléfono antes de enviarse, y para eso hace falta JavaScript. Sin él no se puede enviar nada. En Tor Browser, elija el nivel de seguridad “Estándar” y vuelva a abrir esta página.

## Notes repeated on several pages

note-emergency = Si usted u otra persona está en peligro ahora mismo, llame al número de emergencias (112 en Europa). Las denuncias de este sitio no se leen de inmediato.
note-encrypted = Lo que usted escribe se cierra (se cifra) en su teléfono antes de enviarse. Solo la unidad de policía que se ocupa de ello puede abrirlo. Nosotros no podemos leerlo.
note-no-name = No le pedimos su nombre, su dirección ni sus papeles. No necesita escribirlos.
note-firewall = Su denuncia no se comparte con las autoridades de inmigración. Puede denunciar aunque no tenga papeles.

## Home page

home-title = Denunciar un delito con seguridad
home-intro = Cuente a una unidad de protección de la policía lo que le pasó a usted o a otra persona. Es gratis y puede seguir en el anonimato.
home-choose = ¿De qué se trata?
home-how-title = Cómo funciona
home-how-1 = Elija de qué se trata.
home-how-2 = Escriba lo que pasó, con sus propias palabras y en cualquier idioma. Solo lo que quiera contar.
home-how-3 = Recibirá un código de seguimiento. Guárdelo en un lugar seguro: con él puede leer la respuesta de la unidad y enviar más información.
home-follow-up-title = ¿Ya envió una denuncia?
home-follow-up-text = Use su código de seguimiento para ver qué pasó con su denuncia y leer los mensajes de la unidad.
home-follow-up-link = Seguir mi denuncia
home-safety-link = Cómo protegerse al usar este sitio

## Categories

category-gbv = Violencia contra las mujeres, violencia sexual o doméstica
category-gbv-desc = Violación, agresión sexual, violencia en casa o de la pareja, matrimonio forzado, amenazas.
category-child-protection = Un niño o una niña en peligro
category-child-protection-desc = Un niño o una niña sufre daño, maltrato o explotación, está solo o ha desaparecido.
category-trafficking-smuggling = Trata, tráfico de personas, trabajo forzado
category-trafficking-smuggling-desc = Alguien es obligado a trabajar o a tener sexo, retenido contra su voluntad, o en peligro con traficantes.
category-hate-crime = Racismo, odio, ataques por lo que usted es
category-hate-crime-desc = Insultos, amenazas o ataques por su origen, religión, color de piel, género o sexualidad.
category-community-policing = Otro delito u otro problema
category-community-policing-desc = Robo, amenazas, violencia o un peligro en su zona.
category-police-conduct = Una queja contra la policía
category-police-conduct-desc = Un agente de policía le trató mal o de forma injusta. Esto va a un organismo de control independiente, no a la policía que lo hizo.
category-unsure = No estoy seguro/a
category-unsure-desc = Cuéntenos lo que pasó. Un equipo lo enviará a la unidad adecuada.

## Report page

report-eyebrow = Nueva denuncia
report-intro = Rellene solo lo que quiera. Puede escribir en cualquier idioma.
field-optional = (opcional)
field-what-label = ¿Qué pasó?
field-what-hint = Cuéntelo con sus propias palabras.
field-when-label = ¿Cuándo pasó?
field-when-hint = Una fecha o una hora, aunque sea aproximada. Por ejemplo: anoche, en marzo.
field-where-label = ¿Dónde pasó?
field-where-hint = Una ciudad, una calle, un campamento, un lugar que conozca.
field-who-label = ¿Quién está implicado?
field-who-hint = Describa a las personas si puede: aspecto, nombres, números de teléfono, vehículos.
field-region-label = Zona
field-region-hint = Esto ayuda a enviar su denuncia al equipo adecuado. La zona no se cifra.
field-region-none = Prefiero no decirlo
field-urgent-label = Alguien está en peligro ahora mismo
field-urgent-hint = Si alguien está en peligro inmediato, llame también al número de emergencias (112 en Europa). Este sitio no puede enviar ayuda de inmediato.
field-referral-label = Acepto que la unidad pase mi denuncia a una organización de apoyo (refugio, ayuda legal, salud) si quiero ayuda
field-referral-hint = Puede decir que no. También puede pedir ayuda más tarde en un mensaje.
report-metadata-note = El servidor solo ve el tipo de denuncia, la zona si eligió una, el idioma de la página, si es urgente y si acepta que le pongan en contacto con una organización de apoyo. No puede leer lo que usted escribe.
report-submit = Enviar mi denuncia con seguridad

## Receipt after sending

receipt-title = Su denuncia se ha enviado
receipt-case-label = Número de caso:
receipt-code-label = Su código de seguimiento
receipt-code-warning = Anote este código ahora o guárdelo en un lugar seguro. Solo se muestra una vez. Si lo pierde, nadie se lo puede devolver: ni nosotros ni la policía.
receipt-code-use = Con este código puede leer las respuestas de la unidad y enviar más información. Quien tenga el código puede leer las respuestas, así que manténgalo escondido.
receipt-copy = Copiar el código
receipt-print = Imprimir
receipt-copy-hint = Si copia el código, otras aplicaciones de este teléfono pueden verlo. Un papel que pueda esconder puede ser más seguro.
receipt-next-title = Qué pasa ahora
receipt-next = La unidad leerá su denuncia. Vuelva dentro de unos días con su código para ver su respuesta.
receipt-follow-up-link = Ir a la página de seguimiento

## Follow-up page

follow-up-title = Seguir su denuncia
follow-up-intro = Escriba su código de seguimiento. El código se queda en este teléfono: solo se envía una clave creada a partir de él.
follow-up-code-label = Código de seguimiento (28 cifras)
follow-up-code-hint = Los espacios y guiones no importan. Puede escribir las cifras como 123 o ١٢٣.
follow-up-open = Abrir mi denuncia
follow-up-lost = ¿Perdió su código? Nadie se lo puede devolver, porque solo usted lo tiene. Puede enviar una nueva denuncia.
follow-up-case-title = Su denuncia
follow-up-case-label = Número de caso
follow-up-status-label = Estado
follow-up-history-title = Lo que ha pasado hasta ahora
follow-up-thread-title = Mensajes
follow-up-thread-note = Sus propios mensajes están cerrados solo para la unidad, así que no puede volver a leerlos aquí.
follow-up-closed = Este caso está cerrado y ya no recibe mensajes.
follow-up-message-label = Escribir a la unidad
follow-up-message-hint = Añada información o responda a una pregunta. Su mensaje se cierra (se cifra) como su denuncia.
follow-up-send = Enviar el mensaje
follow-up-forget = Olvidar este código en esta página

## Safety page

safety-title = Protegerse al usar este sitio
safety-intro = Alguien que use su teléfono o su ordenador puede ver que usted vino a este sitio. Así puede reducir ese riesgo.
safety-exit-title = El botón Salida rápida
safety-exit-text = Arriba de cada página hay un botón Salida rápida. Púlselo, o pulse la tecla Shift 3 veces, y este sitio se cierra y se abre un sitio web neutro.
safety-exit-warning = La salida rápida no borra su historial. Alguien puede ver todavía este sitio en el historial del navegador.
safety-history-title = Borrar su historial de navegación
safety-history-text = En la mayoría de los navegadores: abra el menú (⋮ o ☰), luego Historial, luego Borrar datos de navegación.
safety-history-partial = Si borrar todo el historial pareciera extraño, borre solo las páginas de este sitio.
safety-private-title = Usar una ventana privada
safety-private-text = Una ventana privada (Incógnito en Chrome, Ventana privada en Firefox y Safari) olvida las páginas visitadas cuando la cierra.
safety-tor-title = Usar Tor Browser
safety-tor-text = Tor Browser oculta a su proveedor de internet los sitios que visita y nos oculta su dirección de internet. Use el nivel de seguridad “Estándar”: este sitio necesita JavaScript para cerrar su denuncia.
safety-device-title = Si alguien revisa su teléfono
safety-device-text = Si alguien mira su teléfono o puede haber instalado en él una aplicación espía, use otro teléfono u ordenador, por ejemplo el de una persona o una organización de confianza.
safety-code-title = Guarde su código en un lugar seguro
safety-code-text = Quien tenga su código de seguimiento puede leer las respuestas de la unidad. No lo deje donde otros puedan verlo: escríbalo en un papel que pueda esconder, o apréndalo de memoria.
safety-nothing-stored = Este sitio no pone cookies y no guarda nada en su teléfono.

## Not found

not-found-title = Página no encontrada
not-found-text = Esta página no existe.
not-found-home = Ir a la página de inicio

## Status and outcomes (server-rendered and in the browser)

status-received = Recibida
status-under_review = En estudio
status-action_taken = Se han tomado medidas
status-referred = Pasada a otro servicio
status-closed = Cerrada
outcome-investigation_opened = Se abrió una investigación
outcome-protection_measures = Se tomaron medidas de protección
outcome-referred_to_partner = Pasada a una organización de apoyo
outcome-referred_to_other_authority = Pasada a otra autoridad
outcome-no_offence_identified = No se encontró ningún delito
outcome-insufficient_information = No hay información suficiente para actuar
outcome-resolved = Resuelta

## Browser messages

js-status-received = Recibida
js-status-under_review = En estudio
js-status-action_taken = Se han tomado medidas
js-status-referred = Pasada a otro servicio
js-status-closed = Cerrada
js-outcome-investigation_opened = Se abrió una investigación
js-outcome-protection_measures = Se tomaron medidas de protección
js-outcome-referred_to_partner = Pasada a una organización de apoyo
js-outcome-referred_to_other_authority = Pasada a otra autoridad
js-outcome-no_offence_identified = No se encontró ningún delito
js-outcome-insufficient_information = No hay información suficiente para actuar
js-outcome-resolved = Resuelta
js-progress-protecting = Protegiendo su denuncia…
js-progress-checking = Preparando un envío seguro…
js-progress-sending = Enviando…
js-progress-retrying = La conexión es lenta. Volviendo a intentar…
js-progress-opening = Abriendo su denuncia…
js-error-network = No pudimos conectar con el servidor. Compruebe su conexión e inténtelo de nuevo. Su texto sigue aquí.
js-error-generic = Algo salió mal. Inténtelo de nuevo.
js-error-no-unit = Ahora no se puede recibir este tipo de denuncia. Inténtelo más tarde.
js-error-key-log = No se ha enviado nada. Las claves con las que se cifraría su denuncia no coinciden con el registro público de claves del servicio: puede que alguien haya cambiado quién puede leerla. Inténtelo más tarde o denuncie por otra vía.
js-error-too-long = Su texto es demasiado largo. Hágalo más corto, por favor.
js-error-crypto = Este navegador no puede cerrar (cifrar) su denuncia. Use un navegador actualizado, o Tor Browser en el nivel “Estándar”.
js-error-rate-limited = Demasiados intentos. Espere unos minutos e inténtelo de nuevo.
js-error-not-found = No se encontró ninguna denuncia con este código. Compruebe el código e inténtelo de nuevo.
js-code-error-invalid-character = El código solo puede tener cifras.
js-code-error-wrong-length = El código tiene 28 cifras. Compruebe que no falte ni sobre ninguna.
js-code-error-check-digit = Este código tiene un error. Revise cada cifra con cuidado.
js-copied = Se copió el código.
js-copy-manual = El código está seleccionado. Cópielo con el menú de su teléfono.
js-thread-unit = Mensaje de la unidad
js-thread-yours = Su mensaje
js-thread-your-report = Su denuncia
js-thread-sent = enviado
js-thread-unreadable = Este mensaje no se puede abrir en este dispositivo.
js-thread-empty = Todavía no hay mensajes.
js-message-sent = Su mensaje se ha enviado.
js-forgotten = El código se quitó de esta página. Para más seguridad, cierre también esta pestaña.
js-time-unknown = hora desconocida

## Officer console (page)

console-title = Consola de agentes
console-noscript-body = La consola de agentes descifra los casos en este ordenador y necesita JavaScript. Actívelo para este sitio y vuelva a cargar la página.
console-footer-restricted = Reservado a los agentes autorizados de las unidades de protección y del organismo de control.
console-footer-audit = Cada inicio de sesión y cada caso que abra quedan registrados en el registro de auditoría.
console-cancel = Cancelar
console-continue = Continuar
console-signin-title = Acceso de agentes
console-signin-intro = Inicie sesión con su cuenta personal. No comparta nunca su contraseña, su autenticador ni la frase de paso de su clave.
console-signin-login = Nombre de usuario
console-signin-password = Contraseña
console-signin-totp = Código del autenticador
console-signin-totp-hint = El código de 6 cifras de su aplicación de autenticación. La primera vez que inicie sesión, déjelo vacío: se le pedirá configurar la aplicación.
console-signin-submit = Iniciar sesión
console-signin-wait = Tiempo antes de poder intentarlo de nuevo:
console-enrol-title = Configurar la verificación en dos pasos
console-enrol-intro = Su cuenta necesita una aplicación de autenticación (por ejemplo FreeOTP, Aegis o Google Authenticator) en su teléfono de trabajo.
console-enrol-step-1 = Abra la aplicación de autenticación y añada una cuenta nueva.
console-enrol-step-2 = Escanee el código QR, o escriba la clave de configuración que aparece debajo.
console-enrol-step-3 = Escriba el código de 6 cifras que muestra ahora la aplicación.
console-enrol-secret-label = Clave de configuración (si no puede escanear el código):
console-enrol-code = Código de la aplicación
console-enrol-submit = Confirmar e iniciar sesión
console-keysetup-title = Crear su clave de descifrado
console-keysetup-intro = Las denuncias se cifran para las claves de su unidad. Su clave personal se crea ahora, en este ordenador. El servidor solo recibe su parte pública y una copia cerrada con su frase de paso; nunca puede leer sus casos.
console-keysetup-passphrase-note = Necesitará la frase de paso cada vez que inicie sesión. Si la olvida, nadie puede recuperar su clave: tendrá que crear una nueva, y un supervisor tendrá que volver a añadirla a la unidad.
console-keysetup-replace-warning = Crear una clave nueva sustituye la actual. Hasta que un supervisor añada la nueva clave a su unidad, no podrá leer casos, y los mensajes enviados solo a su clave antigua seguirán pudiéndose leer solo con la clave antigua.
console-passphrase-new = Nueva frase de paso de la clave
console-passphrase-new-hint = Al menos 12 caracteres. Use una frase o varias palabras sin relación, distinta de su contraseña de acceso.
console-passphrase-repeat = Repita la frase de paso
console-keysetup-submit = Crear mi clave
console-keysetup-done = Su clave se ha creado y guardado.
console-key-recipient = Su clave pública:
console-keysetup-next = Un supervisor de su unidad debe ahora añadir esta clave al conjunto de claves de la unidad. Hasta entonces no puede abrir casos. Dígale a su supervisor los primeros y últimos caracteres de la clave para que pueda comprobarla.
console-unlock-title = Desbloquear su clave
console-unlock-intro = Escriba la frase de paso de su clave. Su clave se desbloquea solo en este ordenador y se olvida cuando cierra la sesión, bloquea la consola o cierra esta pestaña.
console-passphrase = Frase de paso de la clave
console-unlock-submit = Desbloquear
console-unlock-forgot-title = ¿Olvidó su frase de paso?
console-unlock-forgot = Puede crear una clave nueva. Luego un supervisor tendrá que añadirla a su unidad para que pueda volver a leer casos.
console-unlock-replace = Crear una clave nueva
console-signed-in-as = Sesión iniciada como
console-nav-label = Secciones de la consola
console-tab-queue = Casos
console-tab-supervisor = Claves y miembros de la unidad
console-tab-oversight = Registro de auditoría
console-tab-me = Mi cuenta
console-lock = Bloquear
console-signout = Cerrar sesión
console-signout-all = Cerrar sesión en todos los dispositivos
console-queue-title = Casos
console-queue-key-warning = Su clave todavía no está en el conjunto de claves de estas unidades. Pida a un supervisor que la añada; hasta entonces no puede leer sus casos nuevos:
console-filters = Filtros
console-filter-unit = Unidad
console-filter-unit-all = Todas mis unidades
console-filter-status = Estado
console-filter-any = Cualquiera
console-filter-urgent = Urgencia
console-filter-urgent-only = Solo urgentes
console-filter-urgent-not = No urgentes
console-filter-assigned = Asignado a
console-filter-assigned-me = Yo
console-filter-assigned-none = Nadie
console-filter-sort = Ordenar por
console-filter-sort-updated = Última actividad
console-filter-sort-created = Fecha de recepción
console-filter-urgent-first = Casos urgentes primero
console-queue-refresh = Actualizar
console-queue-empty = Ningún caso coincide con estos filtros.
console-queue-more = Cargar más casos
console-urgent = Urgente
console-case-back = Volver a los casos
console-case-title = Caso
console-case-status = Estado
console-case-unit = Unidad
console-case-category = Categoría
console-case-region = Zona
console-case-language = Idioma de la persona denunciante
console-case-created = Recibido
console-case-assigned = Asignado a
console-case-history = Historial de estados
console-case-thread = Denuncia y mensajes
console-reply-title = Responder a la persona denunciante
console-reply-hint = Cifrado en este ordenador para la persona denunciante y su unidad. La persona lo lee con su código de seguimiento. No pida su nombre ni su dirección si no es necesario.
console-reply-label = Su respuesta
console-reply-submit = Enviar la respuesta
console-note-title = Nota interna
console-note-hint = Cifrada solo para su unidad. La persona denunciante nunca la ve.
console-note-label = Nota
console-note-submit = Guardar la nota
console-status-title = Cambiar el estado
console-status-hint = La persona denunciante ve el estado y el resultado (pero ningún texto) en su próxima visita.
console-status-label = Nuevo estado
console-outcome-label = Resultado
console-outcome-none = Sin resultado
console-status-submit = Guardar el estado
console-assign-title = Asignación
console-assign-label = Agente a cargo
console-assign-submit = Guardar la asignación
console-supervisor-title = Claves y miembros de la unidad
console-supervisor-intro = Las denuncias se cifran para cada clave del conjunto actual de la unidad. Añada la clave de cada agente nuevo y revoque la clave de quien se vaya o la pierda.
console-supervisor-unit = Unidad
console-members-title = Miembros
console-col-name = Nombre
console-col-role = Función
console-col-key = Clave
console-col-in-set = En el conjunto de claves
console-col-action = Acción
console-keys-title = Historial de claves
console-keys-intro = Todas las claves que han estado alguna vez en el conjunto de la unidad. Revocar una clave afecta a las denuncias nuevas; los mensajes anteriores siguen cifrados para ella.
console-keys-set = Versión del conjunto de claves:
console-col-holder = Titular
console-col-state = Estado
console-col-added = Añadida
console-col-revoked = Revocada
console-oversight-title = Registro de auditoría
console-oversight-intro = Cada acceso a un caso y cada acción administrativa, de la más reciente a la más antigua. El registro está encadenado: cualquier cambio en entradas pasadas se detecta.
console-col-seq = N.º
console-col-time = Hora
console-col-actor = Autor
console-col-audit-action = Acción
console-col-subject = Objeto
console-audit-more = Cargar entradas anteriores
console-me-title = Mi cuenta
console-me-units = Mis unidades
console-me-key = Mi clave
console-me-key-intro = Su clave pública. Compárela con lo que ve su supervisor antes de que la añada.
console-me-sessions = Sesiones
console-me-sessions-intro = Si inició sesión en un ordenador que ya no usa, o cree que otra persona pudo hacerlo, cierre la sesión en todos los dispositivos.

## Officer console (browser messages)

js-console-status-received = Recibido
js-console-status-under_review = En estudio
js-console-status-action_taken = Medidas tomadas
js-console-status-referred = Derivado
js-console-status-closed = Cerrado
js-console-outcome-investigation_opened = Investigación abierta
js-console-outcome-protection_measures = Medidas de protección tomadas
js-console-outcome-referred_to_partner = Derivado a una organización asociada
js-console-outcome-referred_to_other_authority = Derivado a otra autoridad
js-console-outcome-no_offence_identified = No se identificó delito
js-console-outcome-insufficient_information = Información insuficiente
js-console-outcome-resolved = Resuelto
js-console-category-gbv = Violencia de género
js-console-category-child-protection = Protección de la infancia
js-console-category-trafficking-smuggling = Trata y tráfico de personas
js-console-category-hate-crime = Delito de odio
js-console-category-community-policing = Policía de proximidad
js-console-category-police-conduct = Conducta policial
js-console-category-unsure = Sin clasificar (denunciante no está seguro/a)
js-console-role-member = Miembro
js-console-role-supervisor = Supervisor
js-console-key-kind-officer = Agente
js-console-key-kind-recovery = Clave de recuperación
js-console-language-en = Inglés
js-console-language-fr = Francés
js-console-language-ar = Árabe
js-console-urgent = Urgente
js-console-unread = Mensaje nuevo
js-console-received = Recibido
js-console-updated = actualizado
js-console-assigned-to = Asignado a
js-console-unassigned = Sin asignar
js-console-none = Ninguno
js-console-yes = Sí
js-console-no = No
js-console-inactive = Inactivo
js-console-thread-report = Denuncia
js-console-thread-reporter = Mensaje de la persona denunciante
js-console-thread-reply = Respuesta a la persona denunciante
js-console-thread-note = Nota interna
js-console-thread-unknown = Mensaje de origen desconocido
js-console-thread-unreadable = Este mensaje no se puede descifrar con su clave. Probablemente su clave aún no estaba en el conjunto de la unidad cuando se envió.
js-console-thread-invalid = El contenido de este mensaje no tiene el formato esperado.
js-console-thread-mismatch = Atención: el contenido de este mensaje no corresponde a su remitente. Trátelo con prudencia.
js-console-thread-empty = Sin mensajes.
js-console-thread-some-locked = Algunos mensajes no se pudieron descifrar con su clave.
js-console-field-what = Qué pasó
js-console-field-when = Cuándo
js-console-field-where = Dónde
js-console-field-who = Personas implicadas
js-console-field-consent = Acepta la derivación a una organización de apoyo
js-console-field-empty = No indicado
js-console-assign-nobody = Nadie
js-console-assign-me = Yo
js-console-assign-saved = Se guardó la asignación.
js-console-status-saved = Se guardó el estado.
js-console-reply-sent = Se envió la respuesta.
js-console-note-saved = Se guardó la nota.
js-console-add-to-set = Añadir al conjunto de claves
js-console-revoke = Revocar
js-console-revoke-confirm = Confirmar la revocación
js-console-key-active = Activa
js-console-key-revoked = Revocada
js-console-key-in-set = su clave está en el conjunto de claves
js-console-key-not-in-set = su clave todavía no está en el conjunto de claves
js-console-set-updated = Se actualizó el conjunto de claves. Nueva versión:
js-console-audit-verified = La cadena del registro de auditoría está intacta.
js-console-audit-broken = Atención: la cadena del registro de auditoría está rota. Informe de inmediato al organismo de control. Detalle:
js-console-enrol-qr = Código QR para escanear con su aplicación de autenticación
js-console-progress-signin = Iniciando sesión…
js-console-progress-key = Creando y cerrando su clave. Tarda unos segundos…
js-console-progress-unlock = Desbloqueando su clave. Tarda unos segundos…
js-console-progress-loading = Cargando…
js-console-progress-decrypting = Cargando y descifrando el caso…
js-console-progress-sending = Cifrando y enviando…
js-console-progress-saving = Guardando…
js-console-signed-out = Ha cerrado la sesión.
js-console-signed-out-all = Ha cerrado la sesión en todos los dispositivos.
js-console-signed-out-locally = No se pudo contactar con el servidor para terminar su sesión. Todo se borró de esta página; vuelva a cerrar sesión más tarde, o cierre la sesión en todos los dispositivos.
js-console-locked = La consola está bloqueada. Escriba su frase de paso para continuar.
js-console-locked-idle = La consola se bloqueó tras un tiempo sin actividad.
js-console-error-generic = Algo salió mal. Inténtelo de nuevo.
js-console-error-network = No se puede contactar con el servidor. Compruebe su conexión e inténtelo de nuevo.
js-console-error-invalid_credentials = Nombre de usuario, contraseña o código no aceptados.
js-console-error-totp_required = Escriba el código de 6 cifras de su aplicación de autenticación.
js-console-error-totp_replayed = Este código ya se usó. Espere el siguiente código de su aplicación e inténtelo de nuevo.
js-console-error-totp_format = El código debe tener 6 cifras.
js-console-error-enrol_code = Este código no se aceptó. Compruebe que la hora de su teléfono es correcta y escriba el código actual.
js-console-error-officer_disabled = Esta cuenta está desactivada. Contacte con su administrador.
js-console-error-too_many_attempts = Demasiados intentos desde este dispositivo o red. Espere el tiempo indicado y vuelva a intentarlo.
js-console-error-session_expired = Su sesión ha terminado. Vuelva a iniciar sesión.
js-console-error-csrf_failed = La solicitud se rechazó por motivos de seguridad. Vuelva a cargar la página e inténtelo de nuevo.
js-console-error-forbidden = No tiene permiso para hacer esto.
js-console-error-not_found = Este caso no existe o no pertenece a sus unidades.
js-console-error-no_key = Este miembro todavía no ha creado una clave.
js-console-error-keys_changed = El conjunto de claves de la unidad cambió mientras escribía. Envíe de nuevo.
js-console-error-thread_full = Este caso ha llegado al número máximo de mensajes.
js-console-error-too_long = El texto es demasiado largo. Acórtelo, por favor.
js-console-error-no_unit_keys = Esta unidad no tiene claves activas: no se puede cifrar nada para ella.
js-console-error-no_reply_recipient = Este caso no tiene clave de respuesta: la persona denunciante no puede recibir respuestas.
js-console-error-unavailable = El servicio está ocupado o no disponible. No se guardó nada; inténtelo de nuevo en un momento.
js-console-error-unsure_sent = La conexión falló durante el envío. Revise el hilo de abajo antes de volver a enviar: puede que se haya guardado.
js-console-error-passphrase_too_short = La frase de paso debe tener al menos 12 caracteres.
js-console-error-passphrase_mismatch = Las dos frases de paso no son iguales.
js-console-error-wrong_passphrase = Frase de paso incorrecta.
js-console-error-key_malformed = Su clave guardada está dañada. Cree una clave nueva.
js-console-error-key_mismatch = La clave guardada no corresponde a su clave pública registrada. Cree una clave nueva e informe a su supervisor.
js-console-error-crypto = Este navegador no puede ejecutar el cifrado de la consola. Use un navegador actualizado.

## Officer console: referral, transfer, re-key, notifications (page)

console-case-consent = Consentimiento de derivación
console-case-referrals = Derivaciones
console-refer-title = Derivar a una organización asociada
console-refer-hint = La copia se cifra en este ordenador solo para las claves de la organización: ni su unidad ni la persona denunciante pueden abrirla. Comparta solo lo que la organización necesita. La persona denunciante verá el estado Derivado.
console-refer-no-consent = La persona denunciante no aceptó ser derivada a una organización de apoyo. No se puede hacer una derivación.
console-refer-partner = Organización asociada
console-refer-text = Mensaje para la organización
console-refer-text-hint = Lo que la organización necesita saber para ayudar, y cómo contactar a la persona si lo aceptó.
console-refer-include-report = Incluir la denuncia tal como la escribió la persona
console-refer-submit = Enviar la derivación
console-transfer-title = Transferir a otra unidad
console-transfer-hint = Todo el caso se vuelve a cifrar en este ordenador para la otra unidad. Su unidad pierde el acceso de inmediato y la asignación se borra. El seguimiento de la persona denunciante sigue funcionando.
console-transfer-unit = Unidad receptora
console-transfer-submit = Transferir el caso
console-rekey-title = Volver a cifrar casos anteriores
console-rekey-intro = Después de añadir o revocar una clave del conjunto, los casos abiertos siguen cifrados para el conjunto anterior. Volver a cifrarlos en este ordenador permite que los nuevos miembros los lean e impide que las claves revocadas abran las copias guardadas. Las copias hechas antes no se ven afectadas.
console-rekey-remaining = Casos abiertos aún cifrados para un conjunto de claves anterior:
console-rekey-start = Volver a cifrar ahora
console-notify-title = Notificaciones
console-notify-intro = Los correos de la consola nunca dicen nada de una denuncia: ni referencia, ni categoría, ni zona, ni hora. Las denuncias urgentes se notifican enseguida, salvo si las notificaciones están desactivadas.
console-notify-mode = Avisarme
console-notify-each = En cada novedad de mis unidades
console-notify-digest = En un resumen diario
console-notify-off = Nunca
console-notify-email = Dirección de correo electrónico
console-notify-email-hint = Preferiblemente una dirección de trabajo. No hace falta si las notificaciones están desactivadas.
console-notify-submit = Guardar mis preferencias

## Officer console: referral, transfer, re-key, notifications (browser messages)

js-console-consent-yes = La persona denunciante aceptó ser derivada a una organización de apoyo
js-console-consent-no = Sin consentimiento de derivación
js-console-transfer-submit = Transferir el caso
js-console-transfer-confirm = Confirmar la transferencia
js-console-transfer-done = El caso se transfirió a:
js-console-progress-reencrypting = Volviendo a cifrar el caso en este ordenador…
js-console-refer-done = Se envió la derivación.
js-console-rekey-progress = Volviendo a cifrar el caso
js-console-rekey-done = Casos cifrados de nuevo:
js-console-rekey-skipped = casos omitidos (el motivo de cada uno figura abajo):
js-console-notify-saved = Se guardaron sus preferencias.
js-console-error-thread_changed = El caso cambió mientras trabajaba en él. Inténtelo de nuevo.
js-console-error-undecryptable = Algunos mensajes de este caso no se pueden descifrar con su clave, así que no se puede volver a cifrar. Puede hacerlo un colega cuya clave sí los abra.
js-console-error-no_consent = La persona denunciante no aceptó una derivación.
js-console-error-unknown_partner = Esta organización asociada no está disponible.
js-console-error-unknown_unit = Esta unidad no está disponible.
js-console-error-not_a_member = Este agente no es miembro de la unidad.
js-console-error-cannot_revoke = Esta clave no se puede revocar ahora: la unidad debe conservar al menos una clave activa.
js-console-error-invalid_email = Escriba una dirección de correo válida, o elija no recibir avisos.
js-console-error-invalid_query = Estos filtros no se pueden usar juntos. Cámbielos e inténtelo de nuevo.

## Officer console: security key (passkey) and attachments

console-unlock-passkey-intro = Usted guarda una copia de su clave en una llave de seguridad o passkey. Úsela para desbloquear.
console-unlock-passkey = Desbloquear con la llave de seguridad
console-unlock-or-passphrase = O desbloquee con su frase de paso:
console-passkey-title = Llave de seguridad o passkey
console-passkey-intro = También puede desbloquear su clave con una llave de seguridad o una passkey de este dispositivo, en lugar de escribir su frase de paso. Su frase de paso sigue funcionando: es la forma de volver si se pierde la llave de seguridad.
console-passkey-add = Añadir una llave de seguridad o passkey
console-passkey-remove = Quitar la llave de seguridad
console-passkey-hint = Su navegador le pedirá tocar la llave de seguridad o confirmar con este dispositivo hasta tres veces: para crearla, para cerrar con ella una copia de su clave y para comprobar esa copia.
js-console-passkey-state-on = Una llave de seguridad puede desbloquear su clave.
js-console-passkey-state-off = Todavía no hay llave de seguridad: desbloquea con su frase de paso.
js-console-passkey-remove = Quitar la llave de seguridad
js-console-passkey-remove-confirm = Confirmar la eliminación
js-console-passkey-progress-add = Siga las instrucciones de su navegador: toque la llave de seguridad o confirme en este dispositivo…
js-console-passkey-progress-unlock = Toque su llave de seguridad o confirme en este dispositivo…
js-console-passkey-added = Se añadió la llave de seguridad. La próxima vez podrá desbloquear con ella.
js-console-passkey-removed = Se quitó la llave de seguridad. A partir de ahora, desbloquee con su frase de paso.
js-console-passkey-error-unsupported = Este navegador no puede usar aquí una llave de seguridad. Use su frase de paso.
js-console-passkey-error-no_prf = Esta llave de seguridad o este navegador no pueden proteger una clave (falta la función PRF). Use su frase de paso, o pruebe otra llave de seguridad o un navegador actualizado.
js-console-passkey-error-cancelled = No se usó la llave de seguridad (cancelado o tiempo agotado). No cambió nada; inténtelo de nuevo o use su frase de paso.
js-console-passkey-error-exists = Esta llave de seguridad ya está registrada. Use otra, o quite primero el registro antiguo.
js-console-passkey-error-wrong_key = Esta no es la llave de seguridad que guarda su clave. Pruebe otra, o use su frase de paso.
js-console-passkey-error-failed = La llave de seguridad no funcionó. No cambió nada; inténtelo de nuevo o use su frase de paso.
js-console-passkey-error-no_key = Primero cree su clave con una frase de paso.
js-console-passkey-error-verify = No se pudo comprobar la copia hecha con la llave de seguridad, así que no se guardó. Inténtelo de nuevo.
js-console-attachments-title = Archivos adjuntos:
js-console-attachments-mismatch = Atención: el número de adjuntos no corresponde a lo que describe el mensaje de la persona denunciante.
js-console-attachment-kind-photo = Fotografía
js-console-attachment-kind-document = Documento
js-console-attachment-kind-voice = Grabación de voz
js-console-attachment-kind-other = Archivo
js-console-attachment-encrypted-size = tamaño cifrado
js-console-attachment-metadata-removed = Los datos de ubicación y de cámara se quitaron en el dispositivo de la persona denunciante.
js-console-attachment-metadata-kept = La persona denunciante conservó los datos de ubicación y de cámara como prueba: tenga cuidado antes de compartir esta foto.
js-console-attachment-locked = Este adjunto no se puede descifrar con su clave.
js-console-attachment-download = Descargar
js-console-attachment-play = Reproducir la grabación
js-console-attachment-progress = Descifrando el adjunto…
js-console-attachment-saved = Descifrado y comprobado. Guardado como:
js-console-attachment-error-undecryptable = Este adjunto no se puede descifrar con su clave.
js-console-attachment-error-undescribed = El mensaje de la persona denunciante no describe este adjunto, así que no se puede comprobar. No se guardó.
js-console-attachment-error-size = Este adjunto es más corto de lo descrito: puede estar cortado. No se guardó.
js-console-attachment-error-sha256_mismatch = Atención: este adjunto no corresponde a la huella del mensaje de la persona denunciante. Puede haber sido alterado. No se guardó.
js-console-rekey-items = mensajes y adjuntos

## Files, voice messages and the "before you send" reminder (report and follow-up pages)

attach-legend = Fotos, documentos o un mensaje de voz
attach-hint = Puede añadir fotos, documentos o un mensaje de voz. Se cierran (se cifran) como su texto. Antes se quitan los datos ocultos que muestran dónde se tomó una foto.
attach-add-photo = Añadir una foto
attach-add-file = Añadir un documento
attach-record-voice = Grabar un mensaje de voz
attach-list-label = Archivos que añadió
voice-recording = Grabando
voice-stop = Parar la grabación
identify-title = Antes de enviar: esto puede mostrar quién es usted
identify-body = Su texto parece contener los datos de la lista de arriba. Está bien si quiere que la unidad los tenga: solo la unidad puede leer su denuncia. Si no hacen falta, o podrían ponerle a usted o a otra persona en peligro, vuelva atrás y quítelos.
identify-edit = Volver y corregir
identify-send = Enviar de todos modos

## Files, voice messages and the "before you send" reminder (browser messages)

js-unit-kb = KB
js-unit-mb = MB
js-attach-kind-photo = Foto
js-attach-kind-document = Documento
js-attach-kind-voice = Mensaje de voz
js-attach-remove = Quitar
js-attach-cleaned = Se quitaron los datos ocultos de esta foto (lugar, hora, modelo de teléfono).
js-attach-kept = Esta foto se enviará con sus datos ocultos (lugar, hora, modelo de teléfono).
js-attach-keep-details = Conservar los datos de ubicación y de cámara como prueba
js-attach-keep-details-hint = Solo si la policía debe ver dónde y cuándo se tomó la foto. Estos datos también pueden mostrar dónde estaba usted y qué teléfono usa.
js-attach-uncleanable = No podemos quitar los datos ocultos (como el lugar donde se tomó) de este tipo de foto. Se enviará como documento, tal cual. Quítela si eso pudiera ponerle en peligro.
js-attach-document-as-is = Este archivo se enviará tal cual. Los documentos y los vídeos pueden llevar datos ocultos, como un nombre o un lugar. Quítelo si eso pudiera ponerle en peligro.
js-attach-send-as-photo = Es una foto: enviarla como foto, con sus datos
js-attach-error-too-many = No puede añadir más archivos. Lo máximo que puede enviar a la vez:
js-attach-error-too-large = Este archivo es demasiado grande. El archivo más grande que puede enviar:
js-attach-error-total = Estos archivos son demasiado grandes juntos. Lo máximo que puede enviar a la vez:
js-attach-error-read = No se pudo leer este archivo. Pruebe con otro.
js-voice-recording = Grabando… Pulse “Parar la grabación” cuando termine.
js-voice-done = Su mensaje de voz está listo. Puede escucharlo antes de enviarlo.
js-voice-denied = No se pudo usar el micrófono. Puede escribir en su lugar, o permitir el micrófono en los ajustes del navegador.
js-voice-preview = Escuchar su mensaje de voz
js-voice-rerecord = Grabar de nuevo
js-progress-encrypting-files = Cerrando (cifrando) sus archivos…
js-error-too-many-attachments = Demasiados archivos. Quite algunos e inténtelo de nuevo.
js-error-attachment-too-large = Uno de los archivos es demasiado grande. Quítelo o elija uno más pequeño.
js-error-attachments-too-large = Los archivos son demasiado grandes juntos. Quite algunos e inténtelo de nuevo.
js-identify-phone = un número de teléfono
js-identify-email = una dirección de correo electrónico
js-identify-id = un documento de identidad, pasaporte u otro número largo
js-identify-iban = un número de cuenta bancaria (IBAN)
js-identify-address = una dirección postal
js-thread-files = Archivos:
js-message-empty = Escriba un mensaje o añada un archivo.

## Guided questions, emergency numbers and simpler words (home and report pages)

home-simple-link = Palabras más sencillas (para niños, niñas y jóvenes)
simple-toggle-on = Palabras más sencillas
simple-toggle-off = Palabras habituales
emergency-title = Números para llamar ahora
emergency-hint = Estas llamadas son gratuitas. Llame a uno de ellos si alguien está en peligro: este sitio no puede enviar ayuda de inmediato.
field-child-label = Hay un niño o una niña implicados
field-child-hint = Marque esto si alguien menor de 18 años sufrió daño, lo vio o está en riesgo. La unidad tendrá un cuidado especial.
field-contact-label = La unidad puede contactarme
field-contact-hint = Solo si usted quiere. Si no lo marca, la unidad solo responderá a través de su código de seguimiento.
field-contact-how-label = ¿Cómo y cuándo es seguro contactarle?
field-contact-how-hint = Por ejemplo: un número de teléfono y las horas en que está solo/a, o una persona de confianza.
field-contact-caution = Lo más seguro es leer las respuestas de la unidad con su código de seguimiento. Otra persona podría ver u oír una llamada o un mensaje.
js-emergency-shown = Debajo de esta pregunta se muestran números para llamar ahora.

## Simpler words for children and young people (report page, ?simple=1)

report-intro-simple = Cuéntanos solo lo que quieras contar. Puedes escribir en cualquier idioma. No vas a tener problemas por esto.
field-what-label-simple = ¿Qué pasó?
field-what-hint-simple = Escríbelo con tus palabras. Puede ser corto.
field-when-label-simple = ¿Cuándo pasó?
field-when-hint-simple = Por ejemplo: hoy, anoche, la semana pasada. Puedes adivinar.
field-where-label-simple = ¿Dónde pasó?
field-where-hint-simple = Por ejemplo: en casa, en la escuela, en la calle, en un campamento.
field-who-label-simple = ¿Quién lo hizo, o quién estaba allí?
field-who-hint-simple = Puedes escribir nombres, o cómo son esas personas.
field-region-label-simple = Zona
field-region-hint-simple = Esto nos ayuda a encontrar al equipo adecuado. No tienes que elegir.
field-urgent-label-simple = Alguien está en peligro ahora
field-urgent-hint-simple = Si alguien puede sufrir daño ahora, llama a uno de los números que aparecerán aquí. Este sitio no puede enviar ayuda de inmediato.
field-child-label-simple = Hay un niño o una niña en esto
field-child-hint-simple = Marca esto si se trata de ti o de otro niño o niña (menor de 18 años).
field-contact-label-simple = Pueden contactarme
field-contact-hint-simple = Solo si quieres. Si no, puedes leer nuestra respuesta con tu código secreto.
field-contact-how-label-simple = ¿Cómo y cuándo es seguro hablar contigo?
field-contact-how-hint-simple = Por ejemplo: un número de teléfono y una hora en que estás solo/a, o una persona adulta de confianza.
field-contact-caution-simple = Lo más seguro es leer nuestra respuesta con tu código secreto. Otra persona podría ver una llamada o un mensaje.
field-referral-label-simple = Pueden pedir a personas cuyo trabajo es ayudar (un lugar seguro para quedarse, un médico, un abogado) que me ayuden
field-referral-hint-simple = Puedes decir que no. También puedes pedir ayuda más tarde.

# Console: guided answers of a report
js-console-field-child = Hay un niño o una niña implicados
js-console-field-contact = La unidad puede ponerse en contacto

# Receipt: the code as a small file
receipt-save = Guardar en un archivo
js-saved-file = Guardado como «note.txt». Guárdalo donde nadie más mire, o bórralo cuando hayas anotado el código.
receipt-save-hint = Un archivo guardado queda en este teléfono y en la lista de descargas del navegador: borra ambos cuando ya no los necesites.
js-console-error-key_changed = Tu clave se cambió en otra ventana. Desbloquea de nuevo y vuelve a añadir la llave de seguridad.

# Transfer and re-key: the earlier copies are kept until a supervisor checks
console-reencryption-title = Cifrado de nuevo: a la espera de la comprobación de un supervisor
console-reencryption-hint = Ni este ordenador ni el servidor pueden saber si las nuevas copias están bien. Hasta que un supervisor compruebe que cada una se abre, las copias anteriores se conservan y pueden restaurarse. Si nadie lo comprueba, se borran en la fecha indicada.
console-reencryption-confirm = Comprobar y confirmar
console-reencryption-restore = Restaurar las copias anteriores
console-reencryption-supervisors = Solo los supervisores de la unidad pueden transferir o volver a cifrar un caso, y confirmarlo o deshacerlo.
console-rekey-unconfirmed = Casos cifrados de nuevo a la espera de comprobación:
console-rekey-check = Comprobarlos y confirmarlos
js-console-reencryption-by = Cifrado de nuevo por
js-console-reencryption-from = desde
js-console-reencryption-until = copias anteriores conservadas hasta
js-console-reencryption-restore = Restaurar las copias anteriores
js-console-reencryption-restore-confirm = Confirmar: restaurar las copias anteriores
js-console-reencryption-confirmed = Comprobado: cada copia se abre. Las copias anteriores se han borrado.
js-console-reencryption-shut = Algunas copias no se abren con su clave. Restaure las copias anteriores o pida a un colega cuya clave las abra que lo compruebe.
js-console-reencryption-restored = Las copias anteriores han vuelto.
js-console-progress-checking = Comprobando que cada copia se abre…
js-console-rekey-checked = Casos comprobados y confirmados:
js-console-rekey-check-skipped = casos sin confirmar:
js-console-error-reencryption_pending = El último cifrado de este caso aún no se ha comprobado. Abra el caso y confírmelo o restáurelo primero.
js-console-error-not_pending = Ya no hay nada pendiente de comprobación en este caso.
js-console-error-added_since_transfer = Se añadieron mensajes después de la transferencia; no se abrirían en la unidad anterior, así que las copias anteriores no pueden restaurarse. Confirme en su lugar las nuevas copias; después el caso podrá transferirse de vuelta.

# Marcas de spam o abuso, y casos cuyo contenido se borró.
console-case-purged = La denuncia, los mensajes y los archivos de este caso se borraron al terminar su plazo de conservación. Solo queda su registro: el historial de estados y las entradas del registro de auditoría. Borrado el:
console-reencryption-not-restorable = Se añadieron mensajes después de la transferencia, así que las copias anteriores ya no pueden restaurarse. Compruebe que las nuevas copias se abren y confírmelas.
console-flag-title = Spam o abuso
console-flag-hint = Un caso marcado como spam o abuso queda cerrado. La persona denunciante aún puede leerlo con su código de seguimiento, pero ya no puede escribir, y el caso se borra antes que los demás. Si se vuelve a abrir el caso, se quita la marca.
console-flag-supervisors = Solo los supervisores de la unidad pueden marcar un caso como spam o abuso, o quitar la marca.
console-flag-kind = Marcar como
console-flag-spam = No deseado (spam)
console-flag-abuse = Abuso del servicio
console-flag-submit = Marcar el caso
js-console-flag-submit = Marcar el caso
js-console-flag-confirm = Confirmar: cerrar el caso y marcarlo
js-console-flag-remove = Quitar la marca
js-console-flag-current = Marcado como
js-console-flag-purge-after = se borra después del
js-console-flag-saved = El caso está marcado y cerrado. La persona denunciante ya no puede escribir en él.
js-console-flag-removed = Se quitó la marca. El caso sigue cerrado hasta que alguien lo vuelva a abrir.
js-console-flag-spam = No deseado
js-console-flag-abuse = Abuso
js-console-error-check_failed = Al menos un mensaje o archivo de este caso no se abre con su clave, así que no se confirmó. Puede comprobarlo un colega cuya clave lo abra, o un supervisor puede restaurar las copias anteriores desde el caso.
js-console-error-case_purged = El contenido de este caso se ha borrado; solo queda su registro.
