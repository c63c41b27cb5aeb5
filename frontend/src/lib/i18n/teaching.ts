/**
 * Strings of the trainer's side of the classrooms: "Mis clases", class creation, sessions, attendance,
 * roster, grading and announcements. `teachingEn` must have exactly the keys of `teachingEs`.
 */
export const teachingEs = {
	'nav.teaching': 'Mis clases'
} as const;

export const teachingEn: { readonly [K in keyof typeof teachingEs]: string } = {
	'nav.teaching': 'My classes'
};
