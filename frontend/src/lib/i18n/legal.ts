/**
 * Strings of the Ecuador–Spain law comparison: the topic list, a topic's page, the comparison table, the
 * search, the "related laws" box of forum questions and courses, and the menu link. `legalEn` must have
 * exactly the keys of `legalEs`. The topics' own text comes from legal-docs/ (sections in Spanish only).
 */
export const legalEs = {
	'nav.laws': 'Leyes',
	'home.lawsAll': 'Ver la comparativa de leyes',

	// Shared
	'legal.title': 'Leyes de Ecuador y España',
	'legal.disclaimer':
		'Es información general, no asesoramiento legal. Las leyes cambian y cada caso es distinto: antes de hacer un trámite, comprueba la fuente oficial o consulta con una abogada o un servicio jurídico gratuito.',
	'legal.contentInSpanish': 'El texto de cada tema está en español.',
	'legal.back': 'Todos los temas',
	'legal.country.EC': 'Ecuador',
	'legal.country.ES': 'España',
	'legal.checked': 'Comprobado el',
	'legal.pdf': 'PDF',
	'legal.source': 'Fuente',
	'legal.unsure.partly': 'Sin confirmar del todo',
	'legal.unsure.unverified': 'Sin confirmar',
	'legal.searchLabel': 'Buscar en las leyes',
	'legal.searchHint': 'Una o más palabras, con o sin tildes. Por ejemplo: arraigo, reagrupación, nacionalidad.',
	'legal.searchSubmit': 'Buscar',

	// List
	'legal.intro':
		'Compara, tema por tema, qué dicen las leyes de Ecuador y de España sobre la entrada, la residencia, el trabajo, la familia, la nacionalidad y más. Cada punto cita la ley y el artículo en que se basa, con el enlace al texto.',
	'legal.forWhom': 'Es para personas ecuatorianas que viven en España o piensan venir, para sus familias en Ecuador y para quienes las acompañan.',
	'legal.matrixLink': 'Ver la tabla comparativa: la respuesta corta de cada país, tema por tema',
	'legal.pdfAll': 'Descargar toda la comparativa',
	'legal.topicsHeading': 'Los temas',
	'legal.tags': 'Trata de:',

	// Topic
	'legal.lastChecked': 'Comprobado con las fuentes por última vez el',
	'legal.unconfirmed.one':
		'1 punto de este tema se basa, en todo o en parte, en fuentes que no hemos podido confirmar del todo. Lo verás con el aviso «Sin confirmar del todo» o «Sin confirmar». Compruébalo antes de actuar.',
	'legal.unconfirmed.many':
		'{n} puntos de este tema se basan, en todo o en parte, en fuentes que no hemos podido confirmar del todo. Los verás con el aviso «Sin confirmar del todo» o «Sin confirmar». Compruébalos antes de actuar.',
	'legal.pdfTopic': 'Descargar PDF',
	'legal.pdfTopicHint': '(este tema, con sus fuentes)',
	'legal.glance': 'De un vistazo',
	'legal.sourcesHeading': 'Fuentes',
	'legal.sourcesIntro': 'Las leyes en las que se basa este tema. Las citas dicen la fuente y el artículo: [1, art. 18.2] es la fuente 1, artículo 18, apartado 2.',
	'legal.sourceWhere': 'Ámbito',
	'legal.sourceArticles': 'Artículos citados',
	'legal.sourceChecked': 'Comprobación',
	'legal.sourceNote': 'Nota',
	'legal.jurisdiction.EC': 'Ecuador',
	'legal.jurisdiction.ES': 'España',
	'legal.jurisdiction.bilateral': 'Ecuador y España (acuerdo entre los dos países)',
	'legal.jurisdiction.EU': 'Unión Europea',
	'legal.confidence.verified': 'Comprobada con el texto oficial',
	'legal.confidence.partly': 'Comprobada en parte',
	'legal.confidence.unverified': 'Sin comprobar',

	// Comparison table
	'legal.matrix.title': 'Tabla comparativa',
	'legal.matrix.intro': 'La respuesta corta de Ecuador y de España a la pregunta principal de cada tema. Para el detalle y todas las fuentes, abre el tema.',
	'legal.matrix.caption': 'Ecuador y España, tema por tema: la pregunta y la respuesta corta de cada país',
	'legal.matrix.topic': 'Tema y pregunta',

	// Search
	'legal.search.title': 'Buscar en las leyes',
	'legal.search.titleQ': '«{q}» en las leyes',
	'legal.search.results.one': '1 resultado para «{q}»',
	'legal.search.results.many': '{n} resultados para «{q}»',
	'legal.search.more': 'Te mostramos los {n} más útiles. Si no está lo que buscas, añade otra palabra.',
	'legal.search.in': 'En «{section}»:',
	'legal.search.none': 'No hemos encontrado nada con «{q}».',
	'legal.search.noneHelp': 'Prueba con otras palabras, o con menos, por ejemplo «residencia», «trabajo» o «nacionalidad». También puedes mirar la lista de temas.',
	'legal.search.allTopics': 'Ver todos los temas',
	'legal.search.tooShort': 'Escribe al menos 2 letras para buscar.',
	'legal.search.tooLong': 'Escribe como mucho 200 caracteres.',
	'legal.search.onlyExcluded': 'Escribe al menos una palabra que buscar: las palabras con un guion delante (-visado) se excluyen.',

	// Related topics (forum questions, courses)
	'legal.related': 'Leyes relacionadas'
} as const;

export const legalEn: { readonly [K in keyof typeof legalEs]: string } = {
	'nav.laws': 'Laws',
	'home.lawsAll': 'See the law comparison',

	'legal.title': 'Ecuador and Spain: the law compared',
	'legal.disclaimer':
		'This is general information, not legal advice. Laws change and every case is different: before you start a procedure, check the official source or ask a lawyer or a free legal service.',
	'legal.contentInSpanish': 'The detailed text of each topic is in Spanish. Titles, summaries and short answers are in English too.',
	'legal.back': 'All topics',
	'legal.country.EC': 'Ecuador',
	'legal.country.ES': 'Spain',
	'legal.checked': 'Checked on',
	'legal.pdf': 'PDF',
	'legal.source': 'Source',
	'legal.unsure.partly': 'Not fully confirmed',
	'legal.unsure.unverified': 'Not confirmed',
	'legal.searchLabel': 'Search the laws',
	'legal.searchHint': 'The text is in Spanish: search with Spanish words, with or without accents. For example: arraigo, reagrupación, nacionalidad.',
	'legal.searchSubmit': 'Search',

	'legal.intro':
		'Compare, topic by topic, what the laws of Ecuador and Spain say about entry, residence, work, family, nationality and more. Every point cites the law and the article it rests on, with a link to the text.',
	'legal.forWhom': 'It is for Ecuadorians who live in Spain or plan to come, for their families in Ecuador and for those who support them.',
	'legal.matrixLink': "See the comparison table: each country's short answer, topic by topic",
	'legal.pdfAll': 'Download the whole comparison, in Spanish',
	'legal.topicsHeading': 'The topics',
	'legal.tags': 'About:',

	'legal.lastChecked': 'Last checked against the sources on',
	'legal.unconfirmed.one': '1 point of this topic rests, wholly or in part, on sources we could not fully confirm. It is marked "Not fully confirmed" or "Not confirmed". Check it before you act.',
	'legal.unconfirmed.many': '{n} points of this topic rest, wholly or in part, on sources we could not fully confirm. They are marked "Not fully confirmed" or "Not confirmed". Check them before you act.',
	'legal.pdfTopic': 'Download PDF',
	'legal.pdfTopicHint': '(this topic, with its sources, in Spanish)',
	'legal.glance': 'At a glance',
	'legal.sourcesHeading': 'Sources',
	'legal.sourcesIntro': 'The laws this topic rests on. Citations give the source and the article: [1, art. 18.2] is source 1, article 18, paragraph 2.',
	'legal.sourceWhere': 'Applies in',
	'legal.sourceArticles': 'Articles cited',
	'legal.sourceChecked': 'Checking',
	'legal.sourceNote': 'Note',
	'legal.jurisdiction.EC': 'Ecuador',
	'legal.jurisdiction.ES': 'Spain',
	'legal.jurisdiction.bilateral': 'Ecuador and Spain (an agreement between both countries)',
	'legal.jurisdiction.EU': 'European Union',
	'legal.confidence.verified': 'Checked against the official text',
	'legal.confidence.partly': 'Partly checked',
	'legal.confidence.unverified': 'Not checked',

	'legal.matrix.title': 'Comparison table',
	'legal.matrix.intro': "Ecuador's and Spain's short answer to each topic's main question. For the details and every source, open the topic.",
	'legal.matrix.caption': "Ecuador and Spain, topic by topic: the question and each country's short answer",
	'legal.matrix.topic': 'Topic and question',

	'legal.search.title': 'Search the laws',
	'legal.search.titleQ': '"{q}" in the laws',
	'legal.search.results.one': '1 result for "{q}"',
	'legal.search.results.many': '{n} results for "{q}"',
	'legal.search.more': 'These are the {n} most useful. If what you need is not here, add another word.',
	'legal.search.in': 'In "{section}":',
	'legal.search.none': 'We found nothing for "{q}".',
	'legal.search.noneHelp': 'Try other words, or fewer, in Spanish: for example "residencia", "trabajo" or "nacionalidad". You can also look at the list of topics.',
	'legal.search.allTopics': 'See all topics',
	'legal.search.tooShort': 'Type at least 2 letters to search.',
	'legal.search.tooLong': 'Type at most 200 characters.',
	'legal.search.onlyExcluded': 'Type at least one word to look for: words with a hyphen in front (-visado) are left out.',

	'legal.related': 'Related laws'
};
