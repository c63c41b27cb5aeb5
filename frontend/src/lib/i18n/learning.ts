/**
 * Strings of the learner's side of the classrooms: class page, lessons, quizzes, assignments and
 * "Mi aprendizaje". `learningEn` must have exactly the keys of `learningEs`.
 */
export const learningEs = {
	'nav.learning': 'Mi aprendizaje'
} as const;

export const learningEn: { readonly [K in keyof typeof learningEs]: string } = {
	'nav.learning': 'My learning'
};
