# Passerelle — public pages, Português.
# Plain messages only (no variables or selectors): the server looks them up by id.
# Ids starting with "js-" are also sent to the browser code in the page data.

lang-name = Português
site-name = Passerelle

## Layout

quick-exit = Saída rápida
quick-exit-hint = Ou carregue 3 vezes em Shift
skip-link = Ir para o conteúdo principal
lang-switch-label = Língua
footer-nav-label = Páginas do site
nav-home = Início
nav-follow-up = Acompanhar uma denúncia
nav-safety = Proteger-se na internet
footer-firewall = Nunca partilhamos as denúncias com as autoridades de imigração.
footer-no-tracking = Este site não usa cookies nem rastreadores.
noscript-title = Esta página precisa de JavaScript.
noscript-body = A sua denúncia é fechada (cifrada) no seu próprio telefone antes de ser enviada, e isso precisa de JavaScript. Sem ele não é possível enviar nada. No Tor Browser, escolha o nível de segurança “Padrão” (Standard) e abra esta página de novo.

## Notes repeated on several pages

note-emergency = Se estiver em perigo agora, ou se outra pessoa estiver, ligue para o número de emergência (112 na Europa). As denúncias deste site não são lidas logo.
note-encrypted = O que escreve é fechado (cifrado) no seu telefone antes de ser enviado. Só a unidade da polícia que trata do caso o pode abrir. Nós não o podemos ler.
note-no-name = Não pedimos o seu nome, a sua morada nem os seus documentos. Não precisa de os escrever.
note-firewall = A sua denúncia não é partilhada com as autoridades de imigração. Pode denunciar mesmo sem documentos.

## Home page

home-title = Denunciar um crime com segurança
home-intro = Conte a uma unidade de proteção da polícia o que lhe aconteceu a si ou a outra pessoa. É gratuito e pode ficar anónimo.
home-choose = De que se trata?
home-how-title = Como funciona
home-how-1 = Escolha de que se trata.
home-how-2 = Escreva o que aconteceu, com as suas palavras e em qualquer língua. Só o que quiser dizer.
home-how-3 = Recebe um código de acompanhamento. Guarde-o em segurança: com ele pode ler a resposta da unidade e enviar mais informação.
home-follow-up-title = Já enviou uma denúncia?
home-follow-up-text = Use o seu código de acompanhamento para ver o que aconteceu com a sua denúncia e ler as mensagens da unidade.
home-follow-up-link = Acompanhar a minha denúncia
home-safety-link = Como se proteger quando usa este site

## Categories

category-gbv = Violência contra as mulheres, violência sexual ou doméstica
category-gbv-desc = Violação, agressão sexual, violência em casa ou do parceiro, casamento forçado, ameaças.
category-child-protection = Uma criança em perigo
category-child-protection-desc = Uma criança está ferida, é maltratada, explorada, está sozinha ou desaparecida.
category-trafficking-smuggling = Tráfico de pessoas, contrabando de migrantes, trabalho forçado
category-trafficking-smuggling-desc = Alguém é obrigado a trabalhar ou a ter sexo, é mantido contra a sua vontade, ou está em perigo com passadores.
category-hate-crime = Racismo, ódio, ataques por causa de quem é
category-hate-crime-desc = Insultos, ameaças ou ataques por causa da sua origem, religião, cor, género ou sexualidade.
category-community-policing = Outro crime ou outro problema
category-community-policing-desc = Roubo, ameaças, violência ou um perigo na sua zona.
category-police-conduct = Uma queixa contra a polícia
category-police-conduct-desc = Um agente da polícia tratou-o mal ou de forma injusta. Isto vai para um órgão de controlo independente, não para a polícia que o fez.
category-unsure = Não tenho a certeza
category-unsure-desc = Conte-nos o que aconteceu. Uma equipa vai enviá-lo para a unidade certa.

## Report page

report-eyebrow = Nova denúncia
report-intro = Preencha só o que quiser. Pode escrever em qualquer língua.
field-optional = (opcional)
field-what-label = O que aconteceu?
field-what-hint = Conte com as suas palavras.
field-when-label = Quando aconteceu?
field-when-hint = Uma data ou uma hora, mesmo aproximada. Por exemplo: ontem à noite, em março.
field-where-label = Onde aconteceu?
field-where-hint = Uma cidade, uma rua, um campo, um lugar que conheça.
field-who-label = Quem está envolvido?
field-who-hint = Descreva as pessoas se puder: aparência, nomes, números de telefone, veículos.
field-region-label = Zona
field-region-hint = Isto ajuda a enviar a sua denúncia para a equipa certa. A zona não é cifrada.
field-region-none = Prefiro não dizer
field-urgent-label = Alguém está em perigo agora
field-urgent-hint = Se alguém estiver em perigo imediato, ligue também para o número de emergência (112 na Europa). Este site não pode enviar ajuda de imediato.
field-referral-label = Aceito que a unidade passe a minha denúncia a uma organização de apoio (abrigo, apoio jurídico, saúde) se eu quiser ajuda
field-referral-hint = Pode dizer que não. Também pode pedir ajuda mais tarde numa mensagem.
report-metadata-note = O servidor só vê o tipo de denúncia, a zona se escolheu uma, a língua da página, se é urgente e se aceita ser encaminhado para uma organização de apoio. Não consegue ler o que escreve.
report-submit = Enviar a minha denúncia com segurança

## Receipt after sending

receipt-title = A sua denúncia foi enviada
receipt-case-label = Número do caso:
receipt-code-label = O seu código de acompanhamento
receipt-code-warning = Anote este código agora ou guarde-o num lugar seguro. Só aparece uma vez. Se o perder, ninguém o pode devolver: nem nós, nem a polícia.
receipt-code-use = Com este código pode ler as respostas da unidade e enviar mais informação. Quem tiver o código pode ler as respostas, por isso mantenha-o escondido.
receipt-copy = Copiar o código
receipt-print = Imprimir
receipt-copy-hint = Se copiar o código, outras aplicações deste telefone podem vê-lo. Um papel que possa esconder pode ser mais seguro.
receipt-next-title = O que acontece a seguir
receipt-next = A unidade vai ler a sua denúncia. Volte dentro de alguns dias com o seu código para ver a resposta.
receipt-follow-up-link = Ir para a página de acompanhamento

## Follow-up page

follow-up-title = Acompanhar a sua denúncia
follow-up-intro = Escreva o seu código de acompanhamento. O código fica neste telefone: só é enviada uma chave feita a partir dele.
follow-up-code-label = Código de acompanhamento (28 algarismos)
follow-up-code-hint = Os espaços e traços não importam. Pode escrever os algarismos como 123 ou ١٢٣.
follow-up-open = Abrir a minha denúncia
follow-up-lost = Perdeu o seu código? Ninguém o pode devolver, porque só existe do seu lado. Pode enviar uma nova denúncia.
follow-up-case-title = A sua denúncia
follow-up-case-label = Número do caso
follow-up-status-label = Estado
follow-up-history-title = O que aconteceu até agora
follow-up-thread-title = Mensagens
follow-up-thread-note = As suas próprias mensagens estão fechadas só para a unidade, por isso não as pode ler de novo aqui.
follow-up-closed = Este caso está encerrado e já não recebe mensagens.
follow-up-message-label = Escrever à unidade
follow-up-message-hint = Acrescente informação ou responda a uma pergunta. A sua mensagem é fechada (cifrada) como a sua denúncia.
follow-up-send = Enviar a mensagem
follow-up-forget = Esquecer este código nesta página

## Safety page

safety-title = Proteger-se quando usa este site
safety-intro = Quem usa o seu telefone ou computador pode ver que veio a este site. Veja como reduzir esse risco.
safety-exit-title = O botão Saída rápida
safety-exit-text = No topo de cada página há um botão Saída rápida. Carregue nele, ou carregue 3 vezes na tecla Shift, e este site fecha-se e abre-se um site neutro.
safety-exit-warning = A saída rápida não apaga o seu histórico. Alguém ainda pode ver este site no histórico do navegador.
safety-history-title = Apagar o histórico de navegação
safety-history-text = Na maioria dos navegadores: abra o menu (⋮ ou ☰), depois Histórico, depois Limpar dados de navegação.
safety-history-partial = Se apagar todo o histórico parecer estranho, apague só as páginas deste site.
safety-private-title = Usar uma janela privada
safety-private-text = Uma janela privada (Anónimo no Chrome, Janela privada no Firefox e no Safari) esquece as páginas visitadas quando a fecha.
safety-tor-title = Usar o Tor Browser
safety-tor-text = O Tor Browser esconde do seu fornecedor de internet os sites que visita e esconde de nós o seu endereço de internet. Use o nível de segurança “Padrão” (Standard): este site precisa de JavaScript para fechar a sua denúncia.
safety-device-title = Se alguém verificar o seu telefone
safety-device-text = Se alguém olha para o seu telefone ou pode ter instalado nele uma aplicação espia, use outro telefone ou computador, por exemplo o de uma pessoa ou de uma organização em quem confia.
safety-code-title = Guarde o seu código em segurança
safety-code-text = Quem tiver o seu código de acompanhamento pode ler as respostas da unidade. Não o deixe onde outros o possam ver: escreva-o num papel que possa esconder, ou aprenda-o de cor.
safety-nothing-stored = Este site não usa cookies e não guarda nada no seu telefone.

## Not found

not-found-title = Página não encontrada
not-found-text = Esta página não existe.
not-found-home = Ir para a página inicial

## Status and outcomes (server-rendered and in the browser)

status-received = Recebida
status-under_review = Em análise
status-action_taken = Foram tomadas medidas
status-referred = Passada a outro serviço
status-closed = Encerrada
outcome-investigation_opened = Foi aberta uma investigação
outcome-protection_measures = Foram tomadas medidas de proteção
outcome-referred_to_partner = Passada a uma organização de apoio
outcome-referred_to_other_authority = Passada a outra autoridade
outcome-no_offence_identified = Não foi encontrado nenhum crime
outcome-insufficient_information = Não há informação suficiente para agir
outcome-resolved = Resolvida

## Browser messages

js-status-received = Recebida
js-status-under_review = Em análise
js-status-action_taken = Foram tomadas medidas
js-status-referred = Passada a outro serviço
js-status-closed = Encerrada
js-outcome-investigation_opened = Foi aberta uma investigação
js-outcome-protection_measures = Foram tomadas medidas de proteção
js-outcome-referred_to_partner = Passada a uma organização de apoio
js-outcome-referred_to_other_authority = Passada a outra autoridade
js-outcome-no_offence_identified = Não foi encontrado nenhum crime
js-outcome-insufficient_information = Não há informação suficiente para agir
js-outcome-resolved = Resolvida
js-progress-protecting = A proteger a sua denúncia…
js-progress-checking = A preparar um envio seguro…
js-progress-sending = A enviar…
js-progress-retrying = A ligação está lenta. A tentar de novo…
js-progress-opening = A abrir a sua denúncia…
js-error-network = Não foi possível contactar o servidor. Verifique a sua ligação e tente de novo. O seu texto continua aqui.
js-error-generic = Algo correu mal. Tente de novo.
js-error-no-unit = Este tipo de denúncia não pode ser recebido agora. Tente mais tarde.
js-error-key-log = Nada foi enviado. As chaves com que a sua denúncia seria cifrada não correspondem ao registo público de chaves do serviço: alguém pode ter mudado quem a pode ler. Tente mais tarde ou denuncie de outra forma.
js-error-too-long = O seu texto é demasiado longo. Encurte-o, por favor.
js-error-crypto = Este navegador não consegue fechar (cifrar) a sua denúncia. Use um navegador atualizado, ou o Tor Browser no nível “Padrão” (Standard).
js-error-rate-limited = Demasiadas tentativas. Espere alguns minutos e tente de novo.
js-error-not-found = Não foi encontrada nenhuma denúncia com este código. Verifique o código e tente de novo.
js-code-error-invalid-character = O código só pode ter algarismos.
js-code-error-wrong-length = O código tem 28 algarismos. Verifique que não falta nem sobra nenhum.
js-code-error-check-digit = Este código tem um erro. Verifique cada algarismo com cuidado.
js-copied = O código foi copiado.
js-copy-manual = O código está selecionado. Copie-o com o menu do seu telefone.
js-thread-unit = Mensagem da unidade
js-thread-yours = A sua mensagem
js-thread-your-report = A sua denúncia
js-thread-sent = enviada
js-thread-unreadable = Esta mensagem não pode ser aberta neste aparelho.
js-thread-empty = Ainda não há mensagens.
js-message-sent = A sua mensagem foi enviada.
js-forgotten = O código foi retirado desta página. Para mais segurança, feche também este separador.
js-time-unknown = hora desconhecida

## Officer console (page)

console-title = Consola dos agentes
console-noscript-body = A consola dos agentes decifra os casos neste computador e precisa de JavaScript. Ative-o para este site e recarregue a página.
console-footer-restricted = Reservado aos agentes autorizados das unidades de proteção e do órgão de controlo.
console-footer-audit = Cada início de sessão e cada caso que abrir ficam registados no registo de auditoria.
console-cancel = Cancelar
console-continue = Continuar
console-signin-title = Entrada dos agentes
console-signin-intro = Entre com a sua conta pessoal. Nunca partilhe a sua palavra-passe, o seu autenticador nem a frase-passe da sua chave.
console-signin-login = Nome de utilizador
console-signin-password = Palavra-passe
console-signin-totp = Código do autenticador
console-signin-totp-hint = O código de 6 algarismos da sua aplicação de autenticação. Na primeira vez que entrar, deixe vazio: será pedido que configure a aplicação.
console-signin-submit = Entrar
console-signin-wait = Tempo até poder tentar de novo:
console-enrol-title = Configurar a verificação em dois passos
console-enrol-intro = A sua conta precisa de uma aplicação de autenticação (por exemplo FreeOTP, Aegis ou Google Authenticator) no seu telefone de trabalho.
console-enrol-step-1 = Abra a aplicação de autenticação e adicione uma conta nova.
console-enrol-step-2 = Leia o código QR, ou escreva a chave de configuração que aparece por baixo.
console-enrol-step-3 = Escreva o código de 6 algarismos que a aplicação mostra agora.
console-enrol-secret-label = Chave de configuração (se não conseguir ler o código):
console-enrol-code = Código da aplicação
console-enrol-submit = Confirmar e entrar
console-keysetup-title = Criar a sua chave de decifragem
console-keysetup-intro = As denúncias são cifradas para as chaves da sua unidade. A sua chave pessoal é criada agora, neste computador. O servidor só recebe a parte pública e uma cópia fechada com a sua frase-passe; nunca pode ler os seus casos.
console-keysetup-passphrase-note = Vai precisar da frase-passe sempre que entrar. Se a esquecer, ninguém pode recuperar a sua chave: terá de criar uma nova, e um supervisor terá de a adicionar de novo à unidade.
console-keysetup-replace-warning = Criar uma chave nova substitui a atual. Até um supervisor adicionar a nova chave à sua unidade, não pode ler casos, e as mensagens enviadas só para a chave antiga continuam legíveis apenas com a chave antiga.
console-passphrase-new = Nova frase-passe da chave
console-passphrase-new-hint = Pelo menos 12 caracteres. Use uma frase ou várias palavras sem relação, diferente da sua palavra-passe de entrada.
console-passphrase-repeat = Repita a frase-passe
console-keysetup-submit = Criar a minha chave
console-keysetup-done = A sua chave foi criada e guardada.
console-key-recipient = A sua chave pública:
console-keysetup-next = Um supervisor da sua unidade tem agora de adicionar esta chave ao conjunto de chaves da unidade. Até lá não pode abrir casos. Diga ao seu supervisor os primeiros e os últimos caracteres da chave para que a possa verificar.
console-unlock-title = Desbloquear a sua chave
console-unlock-intro = Escreva a frase-passe da sua chave. A chave é desbloqueada só neste computador e é esquecida quando sai, bloqueia a consola ou fecha este separador.
console-passphrase = Frase-passe da chave
console-unlock-submit = Desbloquear
console-unlock-forgot-title = Esqueceu a frase-passe?
console-unlock-forgot = Pode criar uma chave nova. Depois um supervisor terá de a adicionar à sua unidade antes de poder ler casos de novo.
console-unlock-replace = Criar uma chave nova
console-signed-in-as = Sessão iniciada como
console-nav-label = Secções da consola
console-tab-queue = Casos
console-tab-supervisor = Chaves e membros da unidade
console-tab-oversight = Registo de auditoria
console-tab-me = A minha conta
console-lock = Bloquear
console-signout = Sair
console-signout-all = Sair em todos os aparelhos
console-queue-title = Casos
console-queue-key-warning = A sua chave ainda não está no conjunto de chaves destas unidades. Peça a um supervisor que a adicione; até lá não pode ler os casos novos delas:
console-filters = Filtros
console-filter-unit = Unidade
console-filter-unit-all = Todas as minhas unidades
console-filter-status = Estado
console-filter-any = Qualquer
console-filter-urgent = Urgência
console-filter-urgent-only = Só urgentes
console-filter-urgent-not = Não urgentes
console-filter-assigned = Atribuído a
console-filter-assigned-me = Eu
console-filter-assigned-none = Ninguém
console-filter-sort = Ordenar por
console-filter-sort-updated = Atividade mais recente
console-filter-sort-created = Data de receção
console-filter-urgent-first = Casos urgentes primeiro
console-queue-refresh = Atualizar
console-queue-empty = Nenhum caso corresponde a estes filtros.
console-queue-more = Carregar mais casos
console-urgent = Urgente
console-case-back = Voltar aos casos
console-case-title = Caso
console-case-status = Estado
console-case-unit = Unidade
console-case-category = Categoria
console-case-region = Zona
console-case-language = Língua de quem denuncia
console-case-created = Recebido
console-case-assigned = Atribuído a
console-case-history = Histórico de estados
console-case-thread = Denúncia e mensagens
console-reply-title = Responder a quem denuncia
console-reply-hint = Cifrada neste computador para quem denuncia e para a sua unidade. A pessoa lê-a com o seu código de acompanhamento. Não peça o nome nem a morada se não for necessário.
console-reply-label = A sua resposta
console-reply-submit = Enviar a resposta
console-note-title = Nota interna
console-note-hint = Cifrada só para a sua unidade. Quem denuncia nunca a vê.
console-note-label = Nota
console-note-submit = Guardar a nota
console-status-title = Mudar o estado
console-status-hint = Quem denuncia vê o estado e o resultado (mas nenhum texto) na próxima visita.
console-status-label = Novo estado
console-outcome-label = Resultado
console-outcome-none = Sem resultado
console-status-submit = Guardar o estado
console-assign-title = Atribuição
console-assign-label = Agente responsável
console-assign-submit = Guardar a atribuição
console-supervisor-title = Chaves e membros da unidade
console-supervisor-intro = As denúncias são cifradas para cada chave do conjunto atual da unidade. Adicione a chave de cada agente novo e revogue a chave de quem sair ou a perder.
console-supervisor-unit = Unidade
console-members-title = Membros
console-col-name = Nome
console-col-role = Função
console-col-key = Chave
console-col-in-set = No conjunto de chaves
console-col-action = Ação
console-keys-title = Histórico das chaves
console-keys-intro = Todas as chaves que já estiveram no conjunto da unidade. Revogar uma chave tem efeito nas denúncias novas; as mensagens anteriores continuam cifradas para ela.
console-keys-set = Versão do conjunto de chaves:
console-col-holder = Titular
console-col-state = Estado
console-col-added = Adicionada
console-col-revoked = Revogada
console-oversight-title = Registo de auditoria
console-oversight-intro = Cada acesso a um caso e cada ação administrativa, da mais recente para a mais antiga. O registo é encadeado: qualquer alteração a entradas passadas é detetada.
console-col-seq = N.º
console-col-time = Hora
console-col-actor = Autor
console-col-audit-action = Ação
console-col-subject = Objeto
console-audit-more = Carregar entradas anteriores
console-me-title = A minha conta
console-me-units = As minhas unidades
console-me-key = A minha chave
console-me-key-intro = A sua chave pública. Compare-a com o que o seu supervisor vê antes de ele a adicionar.
console-me-sessions = Sessões
console-me-sessions-intro = Se entrou num computador que já não usa, ou acha que outra pessoa pode ter entrado, saia em todos os aparelhos.

## Officer console (browser messages)

js-console-status-received = Recebido
js-console-status-under_review = Em análise
js-console-status-action_taken = Medidas tomadas
js-console-status-referred = Encaminhado
js-console-status-closed = Encerrado
js-console-outcome-investigation_opened = Investigação aberta
js-console-outcome-protection_measures = Medidas de proteção tomadas
js-console-outcome-referred_to_partner = Encaminhado a uma organização parceira
js-console-outcome-referred_to_other_authority = Encaminhado a outra autoridade
js-console-outcome-no_offence_identified = Nenhuma infração identificada
js-console-outcome-insufficient_information = Informação insuficiente
js-console-outcome-resolved = Resolvido
js-console-category-gbv = Violência de género
js-console-category-child-protection = Proteção da criança
js-console-category-trafficking-smuggling = Tráfico de pessoas e contrabando de migrantes
js-console-category-hate-crime = Crime de ódio
js-console-category-community-policing = Policiamento de proximidade
js-console-category-police-conduct = Conduta policial
js-console-category-unsure = Não classificado (quem denuncia não tem a certeza)
js-console-role-member = Membro
js-console-role-supervisor = Supervisor
js-console-key-kind-officer = Agente
js-console-key-kind-recovery = Chave de recuperação
js-console-language-en = Inglês
js-console-language-fr = Francês
js-console-language-ar = Árabe
js-console-urgent = Urgente
js-console-unread = Mensagem nova
js-console-received = Recebido
js-console-updated = atualizado
js-console-assigned-to = Atribuído a
js-console-unassigned = Não atribuído
js-console-none = Nenhum
js-console-yes = Sim
js-console-no = Não
js-console-inactive = Inativo
js-console-thread-report = Denúncia
js-console-thread-reporter = Mensagem de quem denuncia
js-console-thread-reply = Resposta a quem denuncia
js-console-thread-note = Nota interna
js-console-thread-unknown = Mensagem de origem desconhecida
js-console-thread-unreadable = Esta mensagem não pode ser decifrada com a sua chave. Provavelmente a sua chave ainda não estava no conjunto da unidade quando foi enviada.
js-console-thread-invalid = O conteúdo desta mensagem não está no formato esperado.
js-console-thread-mismatch = Atenção: o conteúdo desta mensagem não corresponde ao remetente. Trate-a com cuidado.
js-console-thread-empty = Sem mensagens.
js-console-thread-some-locked = Algumas mensagens não puderam ser decifradas com a sua chave.
js-console-field-what = O que aconteceu
js-console-field-when = Quando
js-console-field-where = Onde
js-console-field-who = Pessoas envolvidas
js-console-field-consent = Aceita o encaminhamento para uma organização de apoio
js-console-field-empty = Não indicado
js-console-assign-nobody = Ninguém
js-console-assign-me = Eu
js-console-assign-saved = A atribuição foi guardada.
js-console-status-saved = O estado foi guardado.
js-console-reply-sent = A resposta foi enviada.
js-console-note-saved = A nota foi guardada.
js-console-add-to-set = Adicionar ao conjunto de chaves
js-console-revoke = Revogar
js-console-revoke-confirm = Confirmar a revogação
js-console-key-active = Ativa
js-console-key-revoked = Revogada
js-console-key-in-set = a sua chave está no conjunto de chaves
js-console-key-not-in-set = a sua chave ainda não está no conjunto de chaves
js-console-set-updated = O conjunto de chaves foi atualizado. Nova versão:
js-console-audit-verified = A cadeia do registo de auditoria está intacta.
js-console-audit-broken = Atenção: a cadeia do registo de auditoria está quebrada. Comunique-o já ao órgão de controlo. Detalhe:
js-console-enrol-qr = Código QR para ler com a sua aplicação de autenticação
js-console-progress-signin = A entrar…
js-console-progress-key = A criar e a fechar a sua chave. Demora alguns segundos…
js-console-progress-unlock = A desbloquear a sua chave. Demora alguns segundos…
js-console-progress-loading = A carregar…
js-console-progress-decrypting = A carregar e a decifrar o caso…
js-console-progress-sending = A cifrar e a enviar…
js-console-progress-saving = A guardar…
js-console-signed-out = Saiu da sessão.
js-console-signed-out-all = Saiu da sessão em todos os aparelhos.
js-console-signed-out-locally = Não foi possível contactar o servidor para terminar a sua sessão. Tudo foi retirado desta página; saia de novo mais tarde, ou saia em todos os aparelhos.
js-console-locked = A consola está bloqueada. Escreva a sua frase-passe para continuar.
js-console-locked-idle = A consola foi bloqueada após um período sem atividade.
js-console-error-generic = Algo correu mal. Tente de novo.
js-console-error-network = Não é possível contactar o servidor. Verifique a sua ligação e tente de novo.
js-console-error-invalid_credentials = Nome de utilizador, palavra-passe ou código não aceites.
js-console-error-totp_required = Escreva o código de 6 algarismos da sua aplicação de autenticação.
js-console-error-totp_replayed = Este código já foi usado. Espere pelo próximo código na aplicação e tente de novo.
js-console-error-totp_format = O código deve ter 6 algarismos.
js-console-error-enrol_code = Este código não foi aceite. Verifique se a hora do seu telefone está certa e escreva o código atual.
js-console-error-officer_disabled = Esta conta está desativada. Contacte o seu administrador.
js-console-error-too_many_attempts = Demasiadas tentativas a partir deste dispositivo ou rede. Aguarde o tempo indicado e tente de novo.
js-console-error-session_expired = A sua sessão terminou. Entre de novo.
js-console-error-csrf_failed = O pedido foi recusado por razões de segurança. Recarregue a página e tente de novo.
js-console-error-forbidden = Não tem permissão para fazer isto.
js-console-error-not_found = Este caso não existe ou não pertence às suas unidades.
js-console-error-no_key = Este membro ainda não criou uma chave.
js-console-error-keys_changed = O conjunto de chaves da unidade mudou enquanto escrevia. Envie de novo.
js-console-error-thread_full = Este caso atingiu o número máximo de mensagens.
js-console-error-too_long = O texto é demasiado longo. Encurte-o, por favor.
js-console-error-no_unit_keys = Esta unidade não tem chaves ativas: nada pode ser cifrado para ela.
js-console-error-no_reply_recipient = Este caso não tem chave de resposta: quem denuncia não pode receber respostas.
js-console-error-unavailable = O serviço está ocupado ou indisponível. Nada foi guardado; tente de novo daqui a pouco.
js-console-error-unsure_sent = A ligação falhou durante o envio. Verifique a conversa abaixo antes de enviar de novo: pode ter sido guardada.
js-console-error-passphrase_too_short = A frase-passe deve ter pelo menos 12 caracteres.
js-console-error-passphrase_mismatch = As duas frases-passe não são iguais.
js-console-error-wrong_passphrase = Frase-passe errada.
js-console-error-key_malformed = A sua chave guardada está danificada. Crie uma chave nova.
js-console-error-key_mismatch = A chave guardada não corresponde à sua chave pública registada. Crie uma chave nova e informe o seu supervisor.
js-console-error-crypto = Este navegador não consegue executar a cifragem da consola. Use um navegador atualizado.

## Officer console: referral, transfer, re-key, notifications (page)

console-case-consent = Consentimento para encaminhamento
console-case-referrals = Encaminhamentos
console-refer-title = Encaminhar para uma organização parceira
console-refer-hint = A cópia é cifrada neste computador só para as chaves da organização: nem a sua unidade nem quem denuncia a podem abrir. Partilhe só o que a organização precisa. Quem denuncia verá o estado Encaminhado.
console-refer-no-consent = Quem denuncia não aceitou ser encaminhado para uma organização de apoio. Não é possível fazer um encaminhamento.
console-refer-partner = Organização parceira
console-refer-text = Mensagem para a organização
console-refer-text-hint = O que a organização precisa de saber para ajudar, e como contactar a pessoa se ela aceitou.
console-refer-include-report = Incluir a denúncia tal como a pessoa a escreveu
console-refer-submit = Enviar o encaminhamento
console-transfer-title = Transferir para outra unidade
console-transfer-hint = Todo o caso é cifrado de novo neste computador para a outra unidade. A sua unidade perde o acesso de imediato e a atribuição é apagada. O acompanhamento de quem denuncia continua a funcionar.
console-transfer-unit = Unidade que recebe
console-transfer-submit = Transferir o caso
console-rekey-title = Cifrar de novo casos anteriores
console-rekey-intro = Depois de uma chave ser adicionada ou revogada, os casos abertos continuam cifrados para o conjunto anterior. Cifrá-los de novo neste computador permite que os novos membros os leiam e impede que chaves revogadas abram as cópias guardadas. As cópias feitas antes não são afetadas.
console-rekey-remaining = Casos abertos ainda cifrados para um conjunto de chaves anterior:
console-rekey-start = Cifrar de novo agora
console-notify-title = Notificações
console-notify-intro = Os e-mails da consola nunca dizem nada sobre uma denúncia: nem referência, nem categoria, nem zona, nem hora. As denúncias urgentes são notificadas logo, exceto se as notificações estiverem desligadas.
console-notify-mode = Avisar-me
console-notify-each = A cada novidade nas minhas unidades
console-notify-digest = Num resumo diário
console-notify-off = Nunca
console-notify-email = Endereço de e-mail
console-notify-email-hint = De preferência um endereço de trabalho. Não é preciso se as notificações estiverem desligadas.
console-notify-submit = Guardar as minhas preferências

## Officer console: referral, transfer, re-key, notifications (browser messages)

js-console-consent-yes = Quem denuncia aceitou ser encaminhado para uma organização de apoio
js-console-consent-no = Sem consentimento para encaminhamento
js-console-transfer-submit = Transferir o caso
js-console-transfer-confirm = Confirmar a transferência
js-console-transfer-done = O caso foi transferido para:
js-console-progress-reencrypting = A cifrar de novo o caso neste computador…
js-console-refer-done = O encaminhamento foi enviado.
js-console-rekey-progress = A cifrar de novo o caso
js-console-rekey-done = Casos cifrados de novo:
js-console-rekey-skipped = casos ignorados (o motivo de cada um é indicado abaixo):
js-console-notify-saved = As suas preferências foram guardadas.
js-console-error-thread_changed = O caso mudou enquanto trabalhava nele. Tente de novo.
js-console-error-undecryptable = Algumas mensagens deste caso não podem ser decifradas com a sua chave, por isso o caso não pode ser cifrado de novo. Um colega cuja chave as abra pode fazê-lo.
js-console-error-no_consent = Quem denuncia não aceitou um encaminhamento.
js-console-error-unknown_partner = Esta organização parceira não está disponível.
js-console-error-unknown_unit = Esta unidade não está disponível.
js-console-error-not_a_member = Este agente não é membro da unidade.
js-console-error-cannot_revoke = Esta chave não pode ser revogada agora: a unidade tem de manter pelo menos uma chave ativa.
js-console-error-invalid_email = Escreva um endereço de e-mail válido, ou escolha não ser avisado.
js-console-error-invalid_query = Estes filtros não podem ser usados juntos. Mude-os e tente de novo.

## Officer console: security key (passkey) and attachments

console-unlock-passkey-intro = Guarda uma cópia da sua chave numa chave de segurança ou passkey. Use-a para desbloquear.
console-unlock-passkey = Desbloquear com a chave de segurança
console-unlock-or-passphrase = Ou desbloqueie com a sua frase-passe:
console-passkey-title = Chave de segurança ou passkey
console-passkey-intro = Também pode desbloquear a sua chave com uma chave de segurança ou uma passkey deste aparelho, em vez de escrever a frase-passe. A frase-passe continua a funcionar: é o caminho de volta se a chave de segurança se perder.
console-passkey-add = Adicionar uma chave de segurança ou passkey
console-passkey-remove = Retirar a chave de segurança
console-passkey-hint = O navegador vai pedir-lhe que toque na chave de segurança ou confirme com este aparelho até três vezes: para a criar, para fechar com ela uma cópia da sua chave e para verificar essa cópia.
js-console-passkey-state-on = Uma chave de segurança pode desbloquear a sua chave.
js-console-passkey-state-off = Ainda não há chave de segurança: desbloqueia com a frase-passe.
js-console-passkey-remove = Retirar a chave de segurança
js-console-passkey-remove-confirm = Confirmar a remoção
js-console-passkey-progress-add = Siga as instruções do navegador: toque na chave de segurança ou confirme neste aparelho…
js-console-passkey-progress-unlock = Toque na sua chave de segurança ou confirme neste aparelho…
js-console-passkey-added = A chave de segurança foi adicionada. Da próxima vez pode desbloquear com ela.
js-console-passkey-removed = A chave de segurança foi retirada. A partir de agora, desbloqueie com a frase-passe.
js-console-passkey-error-unsupported = Este navegador não pode usar aqui uma chave de segurança. Use a sua frase-passe.
js-console-passkey-error-no_prf = Esta chave de segurança ou este navegador não consegue proteger uma chave (falta a função PRF). Use a frase-passe, ou tente outra chave de segurança ou um navegador atualizado.
js-console-passkey-error-cancelled = A chave de segurança não foi usada (cancelado ou tempo esgotado). Nada mudou; tente de novo ou use a frase-passe.
js-console-passkey-error-exists = Esta chave de segurança já está registada. Use outra, ou retire primeiro o registo antigo.
js-console-passkey-error-wrong_key = Esta não é a chave de segurança que guarda a sua chave. Tente outra, ou use a frase-passe.
js-console-passkey-error-failed = A chave de segurança não funcionou. Nada mudou; tente de novo ou use a frase-passe.
js-console-passkey-error-no_key = Crie primeiro a sua chave com uma frase-passe.
js-console-passkey-error-verify = Não foi possível verificar a cópia feita com a chave de segurança, por isso não foi guardada. Tente de novo.
js-console-attachments-title = Anexos:
js-console-attachments-mismatch = Atenção: o número de anexos não corresponde ao que a mensagem de quem denuncia descreve.
js-console-attachment-kind-photo = Fotografia
js-console-attachment-kind-document = Documento
js-console-attachment-kind-voice = Gravação de voz
js-console-attachment-kind-other = Ficheiro
js-console-attachment-encrypted-size = tamanho cifrado
js-console-attachment-metadata-removed = Os dados de localização e da câmara foram retirados no aparelho de quem denuncia.
js-console-attachment-metadata-kept = Quem denuncia manteve os dados de localização e da câmara como prova: tenha cuidado antes de partilhar esta foto.
js-console-attachment-locked = Este anexo não pode ser decifrado com a sua chave.
js-console-attachment-download = Descarregar
js-console-attachment-play = Ouvir a gravação
js-console-attachment-progress = A decifrar o anexo…
js-console-attachment-saved = Decifrado e verificado. Guardado como:
js-console-attachment-error-undecryptable = Este anexo não pode ser decifrado com a sua chave.
js-console-attachment-error-undescribed = A mensagem de quem denuncia não descreve este anexo, por isso não pode ser verificado. Não foi guardado.
js-console-attachment-error-size = Este anexo é mais curto do que o descrito: pode ter sido cortado. Não foi guardado.
js-console-attachment-error-sha256_mismatch = Atenção: este anexo não corresponde à impressão digital na mensagem de quem denuncia. Pode ter sido alterado. Não foi guardado.
js-console-rekey-items = mensagens e anexos

## Files, voice messages and the "before you send" reminder (report and follow-up pages)

attach-legend = Fotos, documentos ou uma mensagem de voz
attach-hint = Pode acrescentar fotos, documentos ou uma mensagem de voz. São fechados (cifrados) como o seu texto. Os dados escondidos que mostram onde uma foto foi tirada são retirados antes.
attach-add-photo = Acrescentar uma foto
attach-add-file = Acrescentar um documento
attach-record-voice = Gravar uma mensagem de voz
attach-list-label = Ficheiros que acrescentou
voice-recording = A gravar
voice-stop = Parar a gravação
identify-title = Antes de enviar: isto pode mostrar quem é
identify-body = O seu texto parece conter os dados da lista acima. Não há problema se quiser que a unidade os tenha: só a unidade pode ler a sua denúncia. Se não forem precisos, ou puderem pôr em perigo a si ou a outra pessoa, volte atrás e retire-os.
identify-edit = Voltar e corrigir
identify-send = Enviar mesmo assim

## Files, voice messages and the "before you send" reminder (browser messages)

js-unit-kb = KB
js-unit-mb = MB
js-attach-kind-photo = Foto
js-attach-kind-document = Documento
js-attach-kind-voice = Mensagem de voz
js-attach-remove = Retirar
js-attach-cleaned = Os dados escondidos (lugar, hora, modelo do telefone) foram retirados desta foto.
js-attach-kept = Esta foto será enviada com os seus dados escondidos (lugar, hora, modelo do telefone).
js-attach-keep-details = Manter os dados de localização e da câmara como prova
js-attach-keep-details-hint = Só se a polícia precisar de ver onde e quando a foto foi tirada. Estes dados também podem mostrar onde estava e que telefone usa.
js-attach-uncleanable = Não conseguimos retirar os dados escondidos (como o lugar onde foi tirada) deste tipo de foto. Será enviada como documento, tal como está. Retire-a se isso puder pô-lo em perigo.
js-attach-document-as-is = Este ficheiro será enviado tal como está. Os documentos e os vídeos podem ter dados escondidos, como um nome ou um lugar. Retire-o se isso puder pô-lo em perigo.
js-attach-send-as-photo = É uma foto: enviá-la como foto, com os seus dados
js-attach-error-too-many = Não pode acrescentar mais ficheiros. O máximo que pode enviar de uma vez:
js-attach-error-too-large = Este ficheiro é demasiado grande. O maior ficheiro que pode enviar:
js-attach-error-total = Estes ficheiros são demasiado grandes juntos. O máximo que pode enviar de uma vez:
js-attach-error-read = Não foi possível ler este ficheiro. Tente outro.
js-voice-recording = A gravar… Carregue em “Parar a gravação” quando terminar.
js-voice-done = A sua mensagem de voz está pronta. Pode ouvi-la antes de enviar.
js-voice-denied = Não foi possível usar o microfone. Pode escrever em vez disso, ou permitir o microfone nas definições do navegador.
js-voice-preview = Ouvir a sua mensagem de voz
js-voice-rerecord = Gravar de novo
js-progress-encrypting-files = A fechar (cifrar) os seus ficheiros…
js-error-too-many-attachments = Demasiados ficheiros. Retire alguns e tente de novo.
js-error-attachment-too-large = Um dos ficheiros é demasiado grande. Retire-o ou escolha um mais pequeno.
js-error-attachments-too-large = Os ficheiros são demasiado grandes juntos. Retire alguns e tente de novo.
js-identify-phone = um número de telefone
js-identify-email = um endereço de e-mail
js-identify-id = um documento de identidade, passaporte ou outro número longo
js-identify-iban = um número de conta bancária (IBAN)
js-identify-address = uma morada
js-thread-files = Ficheiros:
js-message-empty = Escreva uma mensagem ou acrescente um ficheiro.

## Guided questions, emergency numbers and simpler words (home and report pages)

home-simple-link = Palavras mais simples (para crianças e jovens)
simple-toggle-on = Palavras mais simples
simple-toggle-off = Palavras habituais
emergency-title = Números para ligar agora
emergency-hint = Estas chamadas são gratuitas. Ligue para um deles se alguém estiver em perigo: este site não pode enviar ajuda de imediato.
field-child-label = Há uma criança envolvida
field-child-hint = Marque isto se alguém com menos de 18 anos foi magoado, viu acontecer ou está em risco. A unidade terá um cuidado especial.
field-contact-label = A unidade pode contactar-me
field-contact-hint = Só se quiser. Se não marcar, a unidade só responde através do seu código de acompanhamento.
field-contact-how-label = Como e quando é seguro contactá-lo?
field-contact-how-hint = Por exemplo: um número de telefone e as horas em que está sozinho/a, ou uma pessoa de confiança.
field-contact-caution = O mais seguro é ler as respostas da unidade com o seu código de acompanhamento. Outra pessoa pode ver ou ouvir uma chamada ou uma mensagem.
js-emergency-shown = Os números para ligar agora aparecem abaixo desta pergunta.

## Simpler words for children and young people (report page, ?simple=1)

report-intro-simple = Conta só o que quiseres contar. Podes escrever em qualquer língua. Não vais ter problemas por isto.
field-what-label-simple = O que aconteceu?
field-what-hint-simple = Escreve com as tuas palavras. Pode ser curto.
field-when-label-simple = Quando aconteceu?
field-when-hint-simple = Por exemplo: hoje, ontem à noite, na semana passada. Podes adivinhar.
field-where-label-simple = Onde aconteceu?
field-where-hint-simple = Por exemplo: em casa, na escola, na rua, num campo.
field-who-label-simple = Quem fez isto, ou quem estava lá?
field-who-hint-simple = Podes escrever nomes, ou como são as pessoas.
field-region-label-simple = Zona
field-region-hint-simple = Isto ajuda-nos a encontrar a equipa certa. Não tens de escolher.
field-urgent-label-simple = Alguém está em perigo agora
field-urgent-hint-simple = Se alguém se puder magoar agora, liga para um dos números que vão aparecer aqui. Este site não pode enviar ajuda de imediato.
field-child-label-simple = Há uma criança nisto
field-child-hint-simple = Marca isto se for sobre ti ou sobre outra criança (com menos de 18 anos).
field-contact-label-simple = Podem contactar-me
field-contact-hint-simple = Só se quiseres. Se não, podes ler a nossa resposta com o teu código secreto.
field-contact-how-label-simple = Como e quando é seguro falar contigo?
field-contact-how-hint-simple = Por exemplo: um número de telefone e uma hora em que estás sozinho/a, ou um adulto de confiança.
field-contact-caution-simple = Ler a nossa resposta com o teu código secreto é o mais seguro. Outra pessoa pode ver uma chamada ou uma mensagem.
field-referral-label-simple = Podem pedir a pessoas cujo trabalho é ajudar (um lugar seguro para ficar, um médico, um advogado) que me ajudem
field-referral-hint-simple = Podes dizer que não. Também podes pedir ajuda mais tarde.

# Console: guided answers of a report
js-console-field-child = Há uma criança envolvida
js-console-field-contact = A unidade pode entrar em contacto

# Receipt: the code as a small file
receipt-save = Guardar num ficheiro
js-saved-file = Guardado como «note.txt». Guarde-o onde mais ninguém procure, ou apague-o depois de anotar o código.
receipt-save-hint = Um ficheiro guardado fica neste telemóvel e na lista de transferências do navegador: apague ambos quando já não precisar deles.
js-console-error-key_changed = A sua chave foi alterada noutra janela. Desbloqueie de novo e volte a adicionar a chave de segurança.

# Transfer and re-key: the earlier copies are kept until a supervisor checks
console-reencryption-title = Cifrado de novo: à espera da verificação de um supervisor
console-reencryption-hint = Nem este computador nem o servidor conseguem saber se as novas cópias estão boas. Até um supervisor verificar que cada uma abre, as cópias anteriores são guardadas e podem ser restauradas. Se ninguém verificar, são apagadas na data indicada.
console-reencryption-confirm = Verificar e confirmar
console-reencryption-restore = Restaurar as cópias anteriores
console-reencryption-supervisors = Só os supervisores da unidade podem transferir ou cifrar de novo um caso, e confirmá-lo ou desfazê-lo.
console-rekey-unconfirmed = Casos cifrados de novo à espera de verificação:
console-rekey-check = Verificá-los e confirmá-los
js-console-reencryption-by = Cifrado de novo por
js-console-reencryption-from = a partir de
js-console-reencryption-until = cópias anteriores guardadas até
js-console-reencryption-restore = Restaurar as cópias anteriores
js-console-reencryption-restore-confirm = Confirmar: restaurar as cópias anteriores
js-console-reencryption-confirmed = Verificado: cada cópia abre. As cópias anteriores foram apagadas.
js-console-reencryption-shut = Algumas cópias não abrem com a sua chave. Restaure as cópias anteriores ou peça a um colega cuja chave as abra que verifique.
js-console-reencryption-restored = As cópias anteriores estão de volta.
js-console-progress-checking = A verificar que cada cópia abre…
js-console-rekey-checked = Casos verificados e confirmados:
js-console-rekey-check-skipped = casos não confirmados:
js-console-error-reencryption_pending = A última cifragem deste caso ainda não foi verificada. Abra o caso e confirme-a ou restaure-a primeiro.
js-console-error-not_pending = Já nada espera verificação neste caso.
js-console-error-added_since_transfer = Foram acrescentadas mensagens depois da transferência; não abririam na unidade anterior, por isso as cópias anteriores não podem ser restauradas. Em vez disso, confirme as novas cópias; depois, o caso pode ser transferido de volta.

# Marcas de spam ou abuso, e casos cujo conteúdo foi apagado.
console-case-purged = A denúncia, as mensagens e os ficheiros deste caso foram apagados no fim do prazo de conservação. Resta apenas o seu registo: o histórico de estados e as entradas do registo de auditoria. Apagado em:
console-reencryption-not-restorable = Foram acrescentadas mensagens depois da transferência, por isso as cópias anteriores já não podem ser restauradas. Verifique se as novas cópias abrem e confirme-as.
console-flag-title = Spam ou abuso
console-flag-hint = Um caso marcado como spam ou abuso fica encerrado. Quem denuncia ainda o pode ler com o seu código de acompanhamento, mas já não pode escrever, e o caso é apagado mais cedo do que os outros. Reabrir o caso retira a marca.
console-flag-supervisors = Só os supervisores da unidade podem marcar um caso como spam ou abuso, ou retirar a marca.
console-flag-kind = Marcar como
console-flag-spam = Indesejado (spam)
console-flag-abuse = Abuso do serviço
console-flag-submit = Marcar o caso
js-console-flag-submit = Marcar o caso
js-console-flag-confirm = Confirmar: encerrar o caso e marcá-lo
js-console-flag-remove = Retirar a marca
js-console-flag-current = Marcado como
js-console-flag-purge-after = apagado depois de
js-console-flag-saved = O caso está marcado e encerrado. Quem denuncia já não pode escrever nele.
js-console-flag-removed = A marca foi retirada. O caso continua encerrado até alguém o voltar a abrir.
js-console-flag-spam = Indesejado
js-console-flag-abuse = Abuso
js-console-error-check_failed = Pelo menos uma mensagem ou ficheiro deste caso não abre com a sua chave, por isso não foi confirmado. Um colega cuja chave o abra pode verificá-lo, ou um supervisor pode restaurar as cópias anteriores a partir do caso.
js-console-error-case_purged = O conteúdo deste caso foi apagado; resta apenas o seu registo.
