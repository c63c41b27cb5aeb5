/**
 * Strings of the advocates' dashboard: campaigns, brief editor, sends and deliveries, replies and the
 * officials directory with its import. `advocacyEn` must have exactly the keys of `advocacyEs`.
 */
export const advocacyEs = {
	'nav.advocacy': 'Incidencia'
};

export const advocacyEn: { [K in keyof typeof advocacyEs]: string } = {
	'nav.advocacy': 'Advocacy'
};
