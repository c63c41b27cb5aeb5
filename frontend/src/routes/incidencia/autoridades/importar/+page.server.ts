import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { api } from '$lib/server/api';
import { failAccess, requireAdvocate } from '$lib/server/advocacy';
import { errs, text } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

/** Below the page server's request limit (512 KB), with room for the rest of the form. */
const MAX_BYTES = 500_000;

export const load: PageServerLoad = (event) => {
	requireAdvocate(event);
	return {};
};

/**
 * The CSV's text: the uploaded file (read here, on the server, so the form works without JavaScript) or,
 * after a check, the same text sent back in a hidden field (a file input cannot be filled in again).
 */
async function readCsv(event: RequestEvent, data: FormData): Promise<{ csv: string } | { error: string }> {
	const locale = event.locals.locale;
	const file = data.get('file');
	if (file instanceof File && file.size > 0) {
		if (file.size > MAX_BYTES) return { error: t(locale, 'adv.v.fileTooBig') };
		const csv = await file.text();
		// Not UTF-8 (say, a spreadsheet saved as "CSV (Windows)"): accents would be lost.
		if (csv.includes('\uFFFD')) return { error: t(locale, 'adv.v.fileEncoding') };
		return { csv };
	}
	const csv = text(data, 'csv');
	return csv.trim() ? { csv } : { error: t(locale, 'adv.v.fileMissing') };
}

async function run(event: RequestEvent, dryRun: boolean) {
	requireAdvocate(event);
	const data = await event.request.formData();
	const read = await readCsv(event, data);
	if ('error' in read) return fail(400, { csv: '', report: null, fieldErrors: errs({ file: read.error }), message: null });

	const importValidRows = data.get('importValidRows') === 'yes';
	const res = await api(event).post('/api/officials/import', { csv: read.csv, ...(importValidRows ? { importValidRows } : {}) }, { query: { dryRun: dryRun ? 'true' : 'false' } });
	if (!res.ok) {
		failAccess(event, res);
		// 422: the file as a whole cannot be read (not CSV, required columns missing, no rows).
		return fail(res.status, { csv: '', report: null, fieldErrors: res.status === 422 ? errs({ file: res.error.message }) : errs(), message: res.status === 422 ? null : res.error.message });
	}
	const r = res.data;
	if (r.imported) redirect(303, `/incidencia/autoridades?importadas=${r.created}&actualizadas=${r.updated}&omitidas=${r.invalid}#importacion`);
	return {
		csv: read.csv,
		report: {
			dryRun: r.dryRun,
			rows: r.rows,
			valid: r.valid,
			invalid: r.invalid,
			created: r.created,
			updated: r.updated,
			ignoredColumns: r.ignoredColumns,
			lines: r.lines
		},
		fieldErrors: errs(),
		message: null
	};
}

export const actions: Actions = {
	comprobar: (event) => run(event, true),
	importar: (event) => run(event, false)
};
