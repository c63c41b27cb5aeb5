/**
 * Strings of the notification centre (/avisos), the unread count in the header, the notification
 * preferences on the account page and the unsubscribe page. `notificationsEn` must have exactly the keys
 * of `notificationsEs`. The notifications' own titles come from the API, already in the reader's language.
 */
export const notificationsEs = {
	'nav.notifications': 'Avisos',
	'nav.notificationsUnread.one': 'Avisos (1 sin leer)',
	'nav.notificationsUnread.many': 'Avisos ({n} sin leer)',

	'notifications.title': 'Mis avisos',
	'notifications.titlePage': 'Mis avisos, página {page}',
	'notifications.intro':
		'Aquí tienes todo lo que ha pasado en tus clases, tus preguntas del foro y tus certificados. Puedes elegir qué avisos te llegan también por correo en «Mi cuenta».',
	'notifications.settingsLink': 'Elegir qué avisos me llegan por correo',
	'notifications.unread.none': 'No tienes avisos sin leer.',
	'notifications.unread.one': 'Tienes 1 aviso sin leer.',
	'notifications.unread.many': 'Tienes {n} avisos sin leer.',
	'notifications.markAll': 'Marcar todos como leídos',
	'notifications.markedAll': 'Todos tus avisos están marcados como leídos.',
	'notifications.markOne': 'Marcar como leído',
	'notifications.new': 'Nuevo',
	'notifications.read': 'Leído',
	'notifications.none': 'Todavía no tienes avisos. Cuando alguien responda a tu pregunta, te pongan nota o haya novedades en tus clases, lo verás aquí.',
	'notifications.list': 'Avisos',
	'notifications.pagination': 'Páginas de avisos',
	'notifications.prev': 'Más recientes',
	'notifications.next': 'Más antiguos',
	'notifications.page': 'Página {page}',

	'notifications.prefsHeading': 'Avisos por correo',
	'notifications.prefsIntro':
		'Todos los avisos aparecen siempre en «Avisos». Elige, para cada tipo, si además quieres un correo en el momento, un resumen al día o ningún correo.',
	'notifications.mode.immediately': 'Un correo en el momento',
	'notifications.mode.daily': 'Un resumen al día',
	'notifications.mode.never': 'Ningún correo',
	'notifications.prefsSave': 'Guardar mis avisos',
	'notifications.prefsSaved': 'Hemos guardado tus preferencias de avisos.',
	'notifications.modeInvalid': 'Elige una de las tres opciones.',
	'notifications.prefsUnavailable': 'Ahora no podemos mostrar tus preferencias de avisos. Vuelve a intentarlo en un rato.',

	'notifications.unsubTitle': 'Dejar de recibir correos',
	'notifications.unsubIntro': 'Vas a dejar de recibir por correo: {label}.',
	'notifications.unsubKeep': 'Seguirás viendo estos avisos en Puente, en «Avisos». Puedes volver a activarlos cuando quieras en «Mi cuenta».',
	'notifications.unsubButton': 'Dejar de recibir estos correos',
	'notifications.unsubDone': 'Listo. Ya no recibirás por correo: {label}.',
	'notifications.unsubAlready': 'Ya no recibes por correo: {label}.',
	'notifications.unsubMissing': 'Falta el código del enlace. Abre otra vez el enlace de tu correo, o cambia tus avisos en «Mi cuenta».',
	'notifications.toAccount': 'Ir a «Mi cuenta»'
} as const;

export const notificationsEn: { readonly [K in keyof typeof notificationsEs]: string } = {
	'nav.notifications': 'Notifications',
	'nav.notificationsUnread.one': 'Notifications (1 unread)',
	'nav.notificationsUnread.many': 'Notifications ({n} unread)',

	'notifications.title': 'My notifications',
	'notifications.titlePage': 'My notifications, page {page}',
	'notifications.intro':
		'Here is everything that happened in your classes, your forum questions and your certificates. You can choose which ones also reach you by email in "My account".',
	'notifications.settingsLink': 'Choose which notifications reach me by email',
	'notifications.unread.none': 'You have no unread notifications.',
	'notifications.unread.one': 'You have 1 unread notification.',
	'notifications.unread.many': 'You have {n} unread notifications.',
	'notifications.markAll': 'Mark all as read',
	'notifications.markedAll': 'All your notifications are marked as read.',
	'notifications.markOne': 'Mark as read',
	'notifications.new': 'New',
	'notifications.read': 'Read',
	'notifications.none': 'You have no notifications yet. When someone answers your question, grades your work or something happens in your classes, you will see it here.',
	'notifications.list': 'Notifications',
	'notifications.pagination': 'Notification pages',
	'notifications.prev': 'Newer',
	'notifications.next': 'Older',
	'notifications.page': 'Page {page}',

	'notifications.prefsHeading': 'Notifications by email',
	'notifications.prefsIntro':
		'Every notification always shows in "Notifications". For each kind, choose whether you also want an email right away, one digest a day, or no email.',
	'notifications.mode.immediately': 'An email right away',
	'notifications.mode.daily': 'One digest a day',
	'notifications.mode.never': 'No email',
	'notifications.prefsSave': 'Save my notifications',
	'notifications.prefsSaved': 'Your notification settings are saved.',
	'notifications.modeInvalid': 'Choose one of the three options.',
	'notifications.prefsUnavailable': 'Your notification settings cannot be shown right now. Try again in a while.',

	'notifications.unsubTitle': 'Stop getting emails',
	'notifications.unsubIntro': 'You are about to stop getting these emails: {label}.',
	'notifications.unsubKeep': 'You will still see these notifications in Puente, under "Notifications". You can turn the emails back on at any time in "My account".',
	'notifications.unsubButton': 'Stop these emails',
	'notifications.unsubDone': 'Done. You will no longer get these emails: {label}.',
	'notifications.unsubAlready': 'You no longer get these emails: {label}.',
	'notifications.unsubMissing': 'The code from the link is missing. Open the link in your email again, or change your notifications in "My account".',
	'notifications.toAccount': 'Go to "My account"'
};
