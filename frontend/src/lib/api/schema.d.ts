/**
 * Generated from the Puente OpenAPI document by `npm run api:generate`. Do not edit by hand.
 */

export interface paths {
    "/api/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AdminUsers_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["AdminUsers_setRoles"];
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Auth_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_confirmReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_requestReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_verifyEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/verify-email/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_resendVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Classes_list"];
        put?: never;
        post: operations["Classes_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Classes_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["Classes_update"];
        trace?: never;
    };
    "/api/classes/{id}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Classes_calendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Classes_addSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/courses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Courses_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/courses/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Courses_outline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/courses/{slug}/pack.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Courses_pack"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Health_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Me_get"];
        put?: never;
        post?: never;
        delete: operations["Me_delete"];
        options?: never;
        head?: never;
        patch: operations["Me_update"];
        trace?: never;
    };
    "/api/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Me_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptedResponse: {
            accepted: boolean;
        };
        AssignmentOutline: {
            grading: string;
            slug: string;
            title: string;
        };
        BilingualList: {
            en: string[];
            es: string[];
        };
        BilingualText: {
            en: string;
            es: string;
        };
        ClassDetailResponse: {
            capacity: number;
            courseSlug: string;
            endsOn: string;
            enrolmentOpen: boolean;
            /** Format: uuid */
            id: string;
            location: string | null;
            /** @enum {string} */
            mode: "online" | "in_person" | "hybrid";
            sessions: components["schemas"]["SessionResponse"][];
            startsOn: string;
            timezone: string;
            title: string;
            /** Format: uuid */
            trainerId: string;
            /** @description Nombre visible de la persona formadora (nunca su correo) */
            trainerName: string;
        };
        ClassResponse: {
            capacity: number;
            courseSlug: string;
            endsOn: string;
            enrolmentOpen: boolean;
            /** Format: uuid */
            id: string;
            location: string | null;
            /** @enum {string} */
            mode: "online" | "in_person" | "hybrid";
            startsOn: string;
            timezone: string;
            title: string;
            /** Format: uuid */
            trainerId: string;
            /** @description Nombre visible de la persona formadora (nunca su correo) */
            trainerName: string;
        };
        CompletionRule: {
            assignments: string[];
            attendancePercent: number;
            quizzes: string[];
            requiredLessons: "all" | string[];
        };
        CourseOutline: {
            assignments: components["schemas"]["AssignmentOutline"][];
            audience: components["schemas"]["BilingualText"];
            completion: components["schemas"]["CompletionRule"];
            /** @description Horas de estudio estimadas */
            hours: number;
            /** @description Presentación del curso, HTML seguro */
            introHtml: string;
            lessonCount: number;
            lessons: components["schemas"]["LessonOutline"][];
            /** @enum {string} */
            level: "beginner" | "intermediate" | "advanced";
            outcomes: components["schemas"]["BilingualList"];
            position: number;
            /** @description La primera lección, completa, como muestra */
            preview: components["schemas"]["LessonPreview"];
            quizzes: components["schemas"]["QuizOutline"][];
            /** @example plan-de-negocio */
            slug: string;
            sources: components["schemas"]["SourceRef"][];
            summary: components["schemas"]["BilingualText"];
            /** Format: date-time */
            syncedAt: string;
            title: components["schemas"]["BilingualText"];
            version: number;
        };
        CourseSummary: {
            /** @description Horas de estudio estimadas */
            hours: number;
            lessonCount: number;
            /** @enum {string} */
            level: "beginner" | "intermediate" | "advanced";
            position: number;
            /** @example plan-de-negocio */
            slug: string;
            summary: components["schemas"]["BilingualText"];
            title: components["schemas"]["BilingualText"];
            version: number;
        };
        CreateClassRequest: {
            capacity: number;
            /** @example plan-de-negocio */
            courseSlug: string;
            /** @example 2027-01-31 */
            endsOn: string;
            enrolmentOpen: boolean;
            /** @description Obligatorio si la clase es presencial o híbrida */
            location?: string;
            /** @enum {string} */
            mode: "online" | "in_person" | "hybrid";
            /**
             * @description Fecha (AAAA-MM-DD) en la zona horaria de la clase
             * @example 2026-12-01
             */
            startsOn: string;
            /**
             * @description Zona horaria IANA
             * @example Europe/Madrid
             */
            timezone: string;
            /** @example Plan de negocio — grupo de Madrid, diciembre */
            title: string;
        };
        CreateSessionRequest: {
            durationMinutes: number;
            /** @example https://meet.example.org/abc */
            meetingUrl?: string;
            /**
             * @description Fecha y hora ISO 8601 con zona
             * @example 2026-12-03T18:00:00+01:00
             */
            startsAt: string;
            /** @example Costes y precios */
            topic: string;
        };
        ErrorResponse: {
            details?: components["schemas"]["FieldError"][];
            /** @example Bad Request */
            error: string;
            /** @example Algunos datos no son válidos. Revisa los campos indicados. (email) */
            message: string;
            /** @example 400 */
            statusCode: number;
        };
        ExportedEmailToken: {
            /** Format: date-time */
            createdAt: string;
            /** @enum {string} */
            purpose: "verify_email" | "password_reset";
            /** Format: date-time */
            usedAt: string | null;
        };
        ExportedFailedLogin: {
            /** Format: date-time */
            at: string;
            ip: string;
        };
        ExportedSession: {
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string;
            ip: string | null;
            /** Format: date-time */
            lastSeenAt: string;
            /** Format: date-time */
            revokedAt: string | null;
            userAgent: string | null;
        };
        FieldError: {
            /** @example email */
            field: string;
            /** @example El campo «email» debe ser un correo electrónico válido */
            message: string;
            /** @example isEmail */
            rule: string;
        };
        HealthResponse: {
            /** @enum {string} */
            db: "up" | "down";
            /** @enum {string} */
            status: "ok" | "error";
        };
        LessonOutline: {
            minutes: number;
            position: number;
            required: boolean;
            slug: string;
            title: string;
        };
        LessonPreview: {
            /** @description HTML seguro (Markdown renderizado y saneado) */
            html: string;
            minutes: number;
            position: number;
            required: boolean;
            slug: string;
            title: string;
        };
        LoginRequest: {
            /** @example ana@example.org */
            email: string;
            password: string;
        };
        LoginResponse: {
            /** @description Token opaco; también se envía como cookie HttpOnly "session". Úsalo como Authorization: Bearer. */
            token: string;
            user: components["schemas"]["UserResponse"];
        };
        PasswordResetConfirmRequest: {
            password: string;
            token: string;
        };
        PasswordResetRequest: {
            /** @example ana@example.org */
            email: string;
        };
        PersonalDataExport: {
            account: components["schemas"]["UserResponse"];
            emailTokens: components["schemas"]["ExportedEmailToken"][];
            /** Format: date-time */
            exportedAt: string;
            failedLogins: components["schemas"]["ExportedFailedLogin"][];
            sessions: components["schemas"]["ExportedSession"][];
        };
        QuizOutline: {
            maxAttempts: number;
            /** @description Porcentaje para aprobar */
            passMark: number;
            questionCount: number;
            slug: string;
            title: string;
        };
        RegisterRequest: {
            /**
             * @description Puede ser un seudónimo
             * @example Ana
             */
            displayName: string;
            /** @example ana@example.org */
            email: string;
            /** @enum {string} */
            locale: "es" | "en";
            password: string;
        };
        SessionResponse: {
            durationMinutes: number;
            /** Format: uuid */
            id: string;
            meetingUrl: string | null;
            /** Format: date-time */
            startsAt: string;
            topic: string;
        };
        SourceRef: {
            id: string;
            title: string;
            url: string;
            year?: number;
        };
        TokenRequest: {
            token: string;
        };
        UpdateClassRequest: {
            capacity?: number;
            endsOn?: string;
            enrolmentOpen?: boolean;
            location?: string;
            /** @enum {string} */
            mode?: "online" | "in_person" | "hybrid";
            startsOn?: string;
            timezone?: string;
            title?: string;
        };
        UpdateMeRequest: {
            /** @description Nombre visible; puede ser un seudónimo */
            displayName?: string;
            /** @enum {string} */
            locale?: "es" | "en";
        };
        UpdateRolesRequest: {
            /** @description El rol learner se mantiene siempre */
            roles: ("learner" | "trainer" | "advocate" | "counsellor" | "editor" | "moderator" | "admin")[];
        };
        UserListResponse: {
            items: components["schemas"]["UserResponse"][];
            page: number;
            pageSize: number;
            total: number;
        };
        UserResponse: {
            /** Format: date-time */
            createdAt: string;
            /** @example Ana */
            displayName: string;
            /** @example ana@example.org */
            email: string;
            emailVerified: boolean;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            locale: "es" | "en";
            roles: ("learner" | "trainer" | "advocate" | "counsellor" | "editor" | "moderator" | "admin")[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AdminUsers_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Busca en nombre y correo */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserListResponse"];
                };
            };
            /** @description Error: {statusCode, error, message, details?} */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AdminUsers_setRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRolesRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Error: {statusCode, error, message, details?} */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Auth_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            /** @description Correo o contraseña incorrectos */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 5 intentos fallidos en 15 minutos (cuenta o IP); ver Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error: {statusCode, error, message, details?} */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Auth_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sesión cerrada (también si no había ninguna) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error: {statusCode, error, message, details?} */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Auth_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error: {statusCode, error, message, details?} */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Auth_confirmReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetConfirmRequest"];
            };
        };
        responses: {
            /** @description Contraseña cambiada; todas las sesiones se cierran */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Error: {statusCode, error, message, details?} */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Auth_requestReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetRequest"];
            };
        };
        responses: {
            /** @description Siempre 202, exista o no la cuenta */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedResponse"];
                };
            };
            /** @description Error: {statusCode, error, message, details?} */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Auth_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Ya existe una cuenta con ese correo */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error: {statusCode, error, message, details?} */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Auth_verifyEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Error: {statusCode, error, message, details?} */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Auth_resendVerification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedResponse"];
                };
            };
            /** @description Error: {statusCode, error, message, details?} */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Classes_list: {
        parameters: {
            query?: {
                /** @description Slug del curso */
                course?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassResponse"][];
                };
            };
            /** @description Error: {statusCode, error, message, details?} */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Classes_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateClassRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassResponse"];
                };
            };
            /** @description Error: {statusCode, error, message, details?} */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Classes_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassDetailResponse"];
                };
            };
            /** @description Error: {statusCode, error, message, details?} */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Classes_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateClassRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassResponse"];
                };
            };
            /** @description Error: {statusCode, error, message, details?} */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Classes_calendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Calendario iCalendar (RFC 5545) con las sesiones de la clase */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error: {statusCode, error, message, details?} */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Classes_addSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSessionRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
            /** @description Error: {statusCode, error, message, details?} */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Courses_list: {
        parameters: {
            query?: {
                level?: "beginner" | "intermediate" | "advanced";
                /** @description Busca en título y resumen (es y en) */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Catálogo público de cursos */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseSummary"][];
                };
            };
            /** @description Error: {statusCode, error, message, details?} */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Courses_outline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseOutline"];
                };
            };
            /** @description No existe ese curso */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error: {statusCode, error, message, details?} */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Courses_pack: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description El curso completo en un PDF para leer sin conexión (sin las respuestas de los cuestionarios) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No existe ese curso */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error: {statusCode, error, message, details?} */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Health_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            /** @description La base de datos no responde */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            /** @description Error: {statusCode, error, message, details?} */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Me_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Error: {statusCode, error, message, details?} */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Me_delete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cuenta y datos personales eliminados */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error: {statusCode, error, message, details?} */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Me_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Error: {statusCode, error, message, details?} */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Me_export: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Todos tus datos personales en JSON (descarga) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonalDataExport"];
                };
            };
            /** @description Error: {statusCode, error, message, details?} */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}
