/**
 * Strings of the public side of advocacy: campaign list and page, the sign-on form, signature confirmation
 * and withdrawal. `campaignsEn` must have exactly the keys of `campaignsEs`.
 */
export const campaignsEs = {
	'nav.campaigns': 'Campañas'
};

export const campaignsEn: { [K in keyof typeof campaignsEs]: string } = {
	'nav.campaigns': 'Campaigns'
};
