/**
 * Generated from the Puente OpenAPI document by `npm run api:generate`. Do not edit by hand.
 */

export interface paths {
    "/api/.well-known/did.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Did_did"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
    "/api/advocacy/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Deliveries_followUps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
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
    "/api/blog/authors/{id}/feed.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Blog_authorAtom"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/blog/authors/{id}/feed.rss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Blog_authorRss"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/blog/comments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["Blog_removeComment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/blog/feed.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Blog_atom"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/blog/feed.rss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Blog_rss"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/blog/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Blog_list"];
        put?: never;
        post: operations["Blog_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/blog/posts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["Blog_remove"];
        options?: never;
        head?: never;
        patch: operations["Blog_update"];
        trace?: never;
    };
    "/api/blog/posts/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Blog_comment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/blog/posts/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Blog_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/blog/posts/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Blog_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/briefs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Briefs_get"];
        put: operations["Briefs_save"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/briefs/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Briefs_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/briefs/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Briefs_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/briefs/{id}/sends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Briefs_createSend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/briefs/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Briefs_versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Campaigns_list"];
        put?: never;
        post: operations["Campaigns_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{id}": {
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
        patch: operations["Campaigns_update"];
        trace?: never;
    };
    "/api/campaigns/{id}/briefs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Campaigns_createBrief"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Campaigns_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{slug}/signatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Campaigns_signaturesList"];
        put?: never;
        post: operations["Campaigns_sign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Campaigns_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificates/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Certificates_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificates/{code}/credential": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Certificates_credential"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificates/{code}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Certificates_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificates/{code}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Certificates_revoke"];
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
    "/api/classes/{id}/announcements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ClassActivity_announcements"];
        put?: never;
        post: operations["ClassActivity_announce"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{id}/assignments/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Learning_assignment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{id}/assignments/{slug}/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Learning_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
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
    "/api/classes/{id}/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ClassCertificates_list"];
        put?: never;
        post: operations["ClassCertificates_issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{id}/certificates/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ClassCertificates_job"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{id}/chat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Chat_room"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{id}/chat/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Chat_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{id}/chat/messages/{seq}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["Chat_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{id}/chat/mutes/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["Chat_mute"];
        post?: never;
        delete: operations["Chat_unmute"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{id}/enrolments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Enrolments_enrol"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{id}/lessons/{lessonSlug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Learning_lesson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{id}/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Enrolments_membership"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{id}/quizzes/{quizSlug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Learning_quiz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{id}/quizzes/{quizSlug}/attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Learning_attempt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{id}/roster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ClassActivity_roster"];
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
    "/api/classes/{id}/sessions/{sessionId}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ClassActivity_attendance"];
        put: operations["ClassActivity_takeAttendance"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{id}/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Learning_queue"];
        put?: never;
        post?: never;
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
    "/api/credentials/status/{n}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StatusLists_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deliveries/{id}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Deliveries_reply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deliveries/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Deliveries_retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrolments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Enrolments_detail"];
        put?: never;
        post?: never;
        delete: operations["Enrolments_end"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrolments/{id}/lessons/{lessonSlug}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Learning_completeLesson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrolments/{id}/quizzes/{quizSlug}/extra-attempt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Learning_grantAttempt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forum/answers/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Forum_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forum/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Forum_categories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forum/counsellors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ForumModeration_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forum/counsellors/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["ForumModeration_credential"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forum/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ForumModeration_metrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forum/moderation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ForumModeration_queue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forum/posts/{id}/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ForumModeration_remove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forum/posts/{id}/hide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ForumModeration_hide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forum/posts/{id}/lock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ForumModeration_lock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forum/posts/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ForumModeration_report"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forum/posts/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ForumModeration_restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forum/posts/{id}/suspend-author": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ForumModeration_suspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forum/posts/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ForumModeration_unlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forum/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Forum_list"];
        put?: never;
        post: operations["Forum_ask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forum/questions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Forum_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forum/questions/{id}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Forum_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forum/questions/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ForumModeration_claim"];
        delete: operations["ForumModeration_release"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forum/questions/{id}/unmask": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ForumModeration_unmask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forum/questions/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Forum_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forum/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ForumModeration_counsellorQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forum/watched-words": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ForumModeration_addWord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forum/watched-words/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["ForumModeration_removeWord"];
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
    "/api/legal/comparison.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Legal_comparisonPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legal/matrix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Legal_matrix"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legal/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Legal_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legal/topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Legal_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legal/topics/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Legal_topic"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legal/topics/{slug}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Legal_topicPdf"];
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
    "/api/me/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MyCertificates_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/classes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Enrolments_teaching"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/enrolments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Enrolments_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
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
    "/api/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Messages_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/blocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Messages_blocks"];
        put?: never;
        post: operations["Messages_block"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/blocks/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["Messages_unblock"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/contacts/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Messages_contact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Messages_settings"];
        put: operations["Messages_updateSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/threads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Messages_threads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/threads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Messages_thread"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/threads/{id}/block": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Messages_blockThread"];
        delete: operations["Messages_unblockThread"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Messages_unreadCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/news": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["News_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/news/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["News_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/news/editorial": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["News_editorialList"];
        put?: never;
        post: operations["News_createEditorial"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/news/editorial/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["News_getEditorial"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["News_updateEditorial"];
        trace?: never;
    };
    "/api/news/editorial/{id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["News_correct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/news/editorial/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["News_sendBack"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/news/editorial/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["News_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/news/editorial/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["News_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/news/feed.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["News_atom"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/news/feed.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["News_json"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/news/feed.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["News_rss"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/news/ingest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["News_ingest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/news/ingest/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["News_runs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/news/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["News_sources"];
        put?: never;
        post: operations["News_createSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/news/sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["News_source"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["News_updateSource"];
        trace?: never;
    };
    "/api/news/sources/public": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["News_publicSources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Notifications_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Notifications_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Notifications_preferences"];
        put: operations["Notifications_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Notifications_readAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Notifications_unread"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Notifications_unsubscribeInfo"];
        put?: never;
        post: operations["Notifications_unsubscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/officials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Officials_list"];
        put?: never;
        post: operations["Officials_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/officials/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Officials_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["Officials_update"];
        trace?: never;
    };
    "/api/officials/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Officials_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sends/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Deliveries_send"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/signatures/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Signatures_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/signatures/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Signatures_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/submissions/{id}/grade": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Learning_grade"];
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
        AlsoReported: {
            link: string | null;
            slug: string;
            source: string;
            /** @enum {string} */
            tier: "official" | "established_media" | "civil_society" | "community";
        };
        AnnouncementRequest: {
            /** @description Markdown sencillo */
            body: string;
            title: string;
        };
        AnnouncementResponse: {
            authorName: string;
            /** Format: date-time */
            createdAt: string;
            /** @description HTML seguro */
            html: string;
            /** Format: uuid */
            id: string;
            /** @description Personas a las que se envió por correo */
            recipients: number;
            title: string;
        };
        AnswerAuthor: {
            counsellor: components["schemas"]["CounsellorBadge"] | null;
            /** @description Es quien hizo la pregunta (con su seudónimo si la pregunta es anónima) */
            isAsker: boolean;
            name: string;
        };
        AnswerRequest: {
            /** @description Markdown */
            body: string;
            /** @description true: publicar tal como quedó tras ocultar los datos personales */
            confirm?: boolean;
        };
        AnswerResponse: {
            accepted: boolean;
            author: components["schemas"]["AnswerAuthor"];
            /** @description HTML saneado */
            bodyHtml: string;
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @description Es tuya */
            mine: boolean;
            /**
             * @description Solo quien la escribió y moderación ven las que no son «visible»
             * @enum {string}
             */
            visibility: "visible" | "pending" | "hidden" | "deleted";
        };
        AskerRef: {
            anonymous: boolean;
            /** @example Persona 4F2K */
            name: string;
        };
        AskQuestionRequest: {
            /** @description Sin indicarlo, lo que diga la categoría */
            anonymous?: boolean;
            /** @description Markdown */
            body: string;
            /** Format: uuid */
            categoryId: string;
            /** @description true: publicar tal como quedó tras ocultar los datos personales */
            confirm?: boolean;
            /**
             * @description País al que se refiere la consulta
             * @enum {string}
             */
            country: "ES" | "EC" | "other";
            tags?: ("regularisation" | "visas" | "residence" | "remittances" | "deportation" | "asylum" | "work" | "family" | "nationality" | "health" | "education" | "return" | "consular" | "trafficking" | "discrimination" | "borders")[];
            title: string;
        };
        AssignmentOutline: {
            grading: string;
            slug: string;
            title: string;
        };
        AssignmentResponse: {
            /** @description Quien llama puede entregar (o corregir su entrega pendiente) ahora */
            canSubmit: boolean;
            class: components["schemas"]["ClassContext"];
            /** @description Cómo se corrige */
            grading: string;
            /** @description Instrucciones, HTML seguro */
            instructionsHtml: string;
            slug: string;
            /** @description Las entregas de quien llama, la más reciente primero */
            submissions: components["schemas"]["SubmissionResponse"][];
            title: string;
        };
        AssignmentState: {
            passed: boolean;
            required: boolean;
            slug: string;
            /** @enum {string} */
            status: "not_submitted" | "pending" | "passed" | "failed";
            title: string;
        };
        AttemptRequest: {
            /**
             * @description Id de pregunta → ids de las opciones elegidas
             * @example {
             *       "q1": [
             *         "b"
             *       ],
             *       "q2": [
             *         "a",
             *         "c"
             *       ]
             *     }
             */
            answers: {
                [key: string]: string[];
            };
        };
        AttemptResult: {
            attemptsLeft: number;
            correctCount: number;
            /** Format: date-time */
            createdAt: string;
            number: number;
            passed: boolean;
            progress: components["schemas"]["ProgressResponse"];
            questionCount: number;
            review: components["schemas"]["QuestionReview"][];
            /** @description Porcentaje de preguntas respondidas del todo bien */
            score: number;
        };
        AttemptSummary: {
            /** Format: date-time */
            createdAt: string;
            number: number;
            passed: boolean;
            score: number;
        };
        AttendanceLearner: {
            displayName: string;
            present: boolean;
            /** Format: uuid */
            userId: string;
        };
        AttendanceRequest: {
            /** @description Ids de las personas presentes; las demás inscritas quedan como ausentes */
            present: string[];
        };
        AttendanceResponse: {
            learners: components["schemas"]["AttendanceLearner"][];
            presentCount: number;
            /** Format: uuid */
            sessionId: string;
            /** @description La sesión ya ha empezado (solo entonces se puede pasar lista) */
            started: boolean;
            /** Format: date-time */
            startsAt: string;
            topic: string;
        };
        AttendanceState: {
            attended: number;
            /** @description Sesiones que ya han empezado */
            held: number;
            percent: number | null;
            /** @description Porcentaje exigido por el curso (0 = no se exige) */
            required: number;
        };
        BatchResponse: {
            /** Format: date-time */
            createdAt: string;
            /** @description Personas que ya tenían el suyo */
            existing: number;
            failed: number;
            /** Format: date-time */
            finishedAt: string | null;
            /** Format: uuid */
            id: string;
            /** @description Certificados emitidos por esta tanda */
            issued: number;
            /** @enum {string} */
            status: "queued" | "running" | "done" | "failed";
            /** @description Inscripciones completadas a certificar */
            total: number;
        };
        BilingualList: {
            en: string[];
            es: string[];
        };
        BilingualText: {
            en: string;
            es: string;
        };
        BlockRequest: {
            /** Format: uuid */
            userId: string;
        };
        BlockView: {
            createdAt: string;
            /** @description Nombre, o el seudónimo de la pregunta */
            name: string;
            pseudonymous: boolean;
            /**
             * Format: uuid
             * @description La conversación cerrada, cuando se bloqueó un seudónimo
             */
            threadId: string | null;
            /**
             * Format: uuid
             * @description Null cuando se bloqueó un seudónimo desde su conversación
             */
            userId: string | null;
        };
        BlogAuthor: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        BlogCommentResponse: {
            author: components["schemas"]["BlogAuthor"];
            /** @description HTML saneado */
            bodyHtml: string;
            /** @description Quien mira puede borrarlo (quien comentó o quien escribió la entrada) */
            canDelete: boolean;
            createdAt: string;
            /** Format: uuid */
            id: string;
            mine: boolean;
            /**
             * @description Solo quien escribió la entrada, quien comentó y moderación ven los no visibles
             * @enum {string}
             */
            visibility: "visible" | "pending" | "hidden" | "deleted";
        };
        BlogCommentResult: {
            /** Format: uuid */
            id: string;
            /**
             * @description pending: retenido hasta que moderación lo revise
             * @enum {string}
             */
            visibility: "visible" | "pending" | "hidden" | "deleted";
        };
        BlogPostDetail: {
            author: components["schemas"]["BlogAuthor"];
            /** @description Markdown tal como se escribió, solo para quien la escribió (para editarla) */
            body: string | null;
            /** @description HTML saneado */
            bodyHtml: string;
            /** @description Comentarios visibles */
            commentCount: number;
            comments: components["schemas"]["BlogCommentResponse"][];
            commentsOpen: boolean;
            /** @description El comienzo del texto, sin formato */
            excerpt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            language: "es" | "en";
            /** @description Solo para quien la escribió y moderación */
            moderationNote: string | null;
            publishedAt: string | null;
            slug: string;
            /** @enum {string} */
            status: "draft" | "published";
            tags: ("regularisation" | "visas" | "residence" | "remittances" | "deportation" | "asylum" | "work" | "family" | "nationality" | "health" | "education" | "return" | "consular" | "trafficking" | "discrimination" | "borders")[];
            title: string;
            updatedAt: string;
            viewer: components["schemas"]["BlogViewerRights"];
            /** @enum {string} */
            visibility: "visible" | "pending" | "hidden" | "deleted";
        };
        BlogPostPage: {
            /** @description Con ?author=: su nombre (también si aún no ha publicado) */
            author: components["schemas"]["BlogAuthor"] | null;
            hasMore: boolean;
            items: components["schemas"]["BlogPostSummary"][];
            page: number;
            pageSize: number;
        };
        BlogPostSummary: {
            author: components["schemas"]["BlogAuthor"];
            /** @description Comentarios visibles */
            commentCount: number;
            commentsOpen: boolean;
            /** @description El comienzo del texto, sin formato */
            excerpt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            language: "es" | "en";
            publishedAt: string | null;
            slug: string;
            /** @enum {string} */
            status: "draft" | "published";
            tags: ("regularisation" | "visas" | "residence" | "remittances" | "deportation" | "asylum" | "work" | "family" | "nationality" | "health" | "education" | "return" | "consular" | "trafficking" | "discrimination" | "borders")[];
            title: string;
            updatedAt: string;
        };
        BlogViewerRights: {
            canComment: boolean;
            canEdit: boolean;
            canReport: boolean;
            mine: boolean;
        };
        BlogWriteResult: {
            /** Format: uuid */
            id: string;
            slug: string;
            /**
             * @description pending: una palabra vigilada la retiene hasta que moderación la revise
             * @enum {string}
             */
            visibility: "visible" | "pending" | "hidden" | "deleted";
        };
        BriefContentRequest: {
            /** @description Cuerpo en Markdown (títulos ##, listas, enlaces) */
            body: string;
            citations: components["schemas"]["CitationInput"][];
            /** @description Recomendaciones, una por elemento */
            recommendations: string[];
            /** @description Resumen ejecutivo (texto plano; párrafos separados por una línea en blanco) */
            summary: string;
            title: string;
        };
        BriefDeliveriesResponse: {
            deliveries: components["schemas"]["DeliveryResponse"][];
            sends: components["schemas"]["SendSummary"][];
        };
        BriefListItem: {
            /** Format: uuid */
            id: string;
            latestVersion: number;
            /** @description Envíos hechos de cualquiera de sus versiones */
            sends: number;
            title: string;
            updatedAt: string;
        };
        BriefResponse: {
            /** Format: uuid */
            campaignId: string;
            campaignSlug: string;
            campaignTitle: string;
            confirmedSignatures: number;
            /** Format: uuid */
            id: string;
            latestVersion: number;
            /** @enum {string} */
            locale: "es" | "en";
            /** @description La versión pedida (por defecto, la última) */
            version: components["schemas"]["VersionResponse"];
            versions: components["schemas"]["VersionSummary"][];
        };
        CampaignDetail: {
            /** @description Lo que se pide, en HTML saneado */
            asksHtml: string;
            audiences: ("ngos" | "families" | "political" | "government" | "students")[];
            closedAt: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            locale: "es" | "en";
            /** @description Solo para quien lleva la campaña */
            manage: components["schemas"]["CampaignManagement"] | null;
            ownerName: string;
            /** @description El problema, en HTML saneado */
            problemHtml: string;
            publishedAt: string | null;
            /** @description Instituciones que han recibido el informe */
            recipientCount: number;
            /** @description Firmas confirmadas */
            signatureCount: number;
            slug: string;
            /** @enum {string} */
            status: "draft" | "published" | "closed";
            summary: string;
            title: string;
            transparency: components["schemas"]["TransparencyResponse"];
        };
        CampaignManagement: {
            asks: string;
            briefs: components["schemas"]["BriefListItem"][];
            /** @description Puede cambiar quién lleva la campaña (responsable o administración) */
            canManageTeam: boolean;
            coAdvocates: components["schemas"]["CoAdvocateResponse"][];
            ownerId: string;
            /** @description Firmas sin confirmar todavía */
            pendingSignatures: number;
            problem: string;
        };
        CampaignSummary: {
            audiences: ("ngos" | "families" | "political" | "government" | "students")[];
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            locale: "es" | "en";
            publishedAt: string | null;
            /** @description Instituciones que han recibido el informe */
            recipientCount: number;
            /** @description Firmas confirmadas */
            signatureCount: number;
            slug: string;
            /** @enum {string} */
            status: "draft" | "published" | "closed";
            summary: string;
            title: string;
        };
        CategoryMetrics: {
            /** @description De ellas, con respuesta de una persona asesora */
            answered: number;
            /** @description Mediana de horas hasta la primera respuesta de una persona asesora */
            medianHours: number | null;
            name: components["schemas"]["LocalisedText"];
            /** @description Esperando ahora desde hace más de 48 horas */
            overdue: number;
            /** @description Percentil 90 de esas horas */
            p90Hours: number | null;
            /** @description Preguntas de los últimos 90 días */
            questions: number;
            slug: string;
            /** @description Esperando ahora */
            waiting: number;
            /** @description Respondidas en 48 horas o menos */
            within48h: number;
        };
        CategoryRef: {
            name: components["schemas"]["LocalisedText"];
            slug: string;
        };
        CategoryResponse: {
            /** @description Las preguntas de esta categoría son anónimas salvo que quien pregunta elija lo contrario */
            anonymousByDefault: boolean;
            /** @description Preguntas visibles que aún no tienen respuesta de una persona asesora */
            awaitingCounsellor: number;
            description: components["schemas"]["LocalisedText"];
            /** Format: uuid */
            id: string;
            name: components["schemas"]["LocalisedText"];
            questionCount: number;
            slug: string;
        };
        CertificateCourse: {
            slug: string;
            title: components["schemas"]["BilingualText"];
        };
        CertificateIssuer: {
            /** @description Identidad del emisor (did:web); su documento está en /.well-known/did.json */
            did: string;
            name: string;
            /** @description PUBLIC_URL de la instancia */
            url: string;
        };
        CertificateResponse: {
            /** @description 25 caracteres base32 */
            code: string;
            /** @description El código en grupos de cinco, como se imprime */
            codeGrouped: string;
            course: components["schemas"]["CertificateCourse"];
            /** @description La credencial Open Badges 3.0 firmada (JSON-LD) */
            credentialUrl: string;
            /** Format: date */
            endsOn: string;
            hours: number;
            /** Format: date-time */
            issuedAt: string;
            issuer: components["schemas"]["CertificateIssuer"];
            /** @enum {string} */
            language: "es" | "en";
            /** @description El nombre tal como se escribió al emitirlo */
            learnerName: string;
            pdfUrl: string;
            /** Format: date-time */
            revokedAt: string | null;
            /** Format: date */
            startsOn: string;
            /** @enum {string} */
            status: "valid" | "revoked";
            trainerName: string;
            verificationUrl: string;
        };
        ChatAuthorView: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description Quien imparte la clase */
            trainer: boolean;
        };
        ChatMessageDto: {
            author: components["schemas"]["ChatAuthorView"];
            /** @description Texto sin formato; vacío si se borró */
            body: string;
            /** Format: date-time */
            createdAt: string;
            /** @description Borrado por quien imparte la clase */
            deleted: boolean;
            /** Format: uuid */
            id: string;
            /** @description Número del mensaje en el chat de la clase (1, 2, 3…) */
            seq: number;
        };
        ChatMuteView: {
            name: string;
            /** Format: date-time */
            since: string;
            /** Format: uuid */
            userId: string;
        };
        ChatRoomView: {
            /** @description Puede borrar mensajes y silenciar */
            canModerate: boolean;
            /** Format: uuid */
            classId: string;
            /** @description Hay mensajes anteriores (pedir con before=<seq del primero>) */
            hasOlder: boolean;
            /** @description Número del último mensaje del chat (para conectarse con after=) */
            lastSeq: number;
            /** @description Del más antiguo al más reciente */
            messages: components["schemas"]["ChatMessageDto"][];
            /** @description Quien consulta está silenciado */
            muted: boolean;
            /** @description Solo para quien imparte la clase; vacío para el resto */
            mutes: components["schemas"]["ChatMuteView"][];
            /** @description Dirección del WebSocket (ruta), con ?class= y after= */
            socketPath: string;
            title: string;
        };
        CitationInput: {
            /** @example Real Decreto 1155/2024, Reglamento de la Ley Orgánica 4/2000 */
            text: string;
            /**
             * @description https://… o una ruta de Puente que empiece por /
             * @example https://www.boe.es/eli/es/rd/2024/11/19/1155
             */
            url: string | null;
        };
        CitationResponse: {
            text: string;
            url: string | null;
        };
        ClaimView: {
            at: string;
            mine: boolean;
            name: string;
        };
        ClassCertificatesResponse: {
            certificates: components["schemas"]["ManagedCertificate"][];
            /** @description Personas que completaron el curso y aún no tienen certificado */
            completedWithout: number;
            latestBatch: components["schemas"]["BatchResponse"] | null;
        };
        ClassContext: {
            /** @description Quien llama gestiona la clase (su formador/a o administración) */
            canManage: boolean;
            courseSlug: string;
            /** Format: uuid */
            id: string;
            /** @description Zona horaria IANA de la clase */
            timezone: string;
            title: string;
        };
        ClassDetailResponse: {
            capacity: number;
            courseSlug: string;
            courseTitle: components["schemas"]["BilingualText"];
            /** @description El último día de la clase ya pasó (en su zona horaria) */
            ended: boolean;
            endsOn: string;
            enrolmentOpen: boolean;
            /** Format: uuid */
            id: string;
            location: string | null;
            /** @enum {string} */
            mode: "online" | "in_person" | "hybrid";
            /** @description Plazas libres */
            placesLeft: number;
            sessions: components["schemas"]["SessionResponse"][];
            startsOn: string;
            timezone: string;
            title: string;
            /** Format: uuid */
            trainerId: string;
            /** @description Nombre visible de la persona formadora (nunca su correo) */
            trainerName: string;
            /** @description Personas en lista de espera */
            waitlistCount: number;
        };
        ClassMembershipResponse: {
            /** @description Quien llama es la persona formadora de la clase o administra Puente */
            canManage: boolean;
            /** @description La inscripción de quien llama (también si está en espera o se dio de baja) */
            enrolment: components["schemas"]["EnrolmentDetailResponse"] | null;
        };
        ClassResponse: {
            capacity: number;
            courseSlug: string;
            courseTitle: components["schemas"]["BilingualText"];
            /** @description El último día de la clase ya pasó (en su zona horaria) */
            ended: boolean;
            endsOn: string;
            enrolmentOpen: boolean;
            /** Format: uuid */
            id: string;
            location: string | null;
            /** @enum {string} */
            mode: "online" | "in_person" | "hybrid";
            /** @description Plazas libres */
            placesLeft: number;
            startsOn: string;
            timezone: string;
            title: string;
            /** Format: uuid */
            trainerId: string;
            /** @description Nombre visible de la persona formadora (nunca su correo) */
            trainerName: string;
            /** @description Personas en lista de espera */
            waitlistCount: number;
        };
        CoAdvocateResponse: {
            displayName: string;
            email: string | null;
            /** Format: uuid */
            id: string;
        };
        CompletionRule: {
            assignments: string[];
            attendancePercent: number;
            quizzes: string[];
            requiredLessons: "all" | string[];
        };
        ContactView: {
            /** @description Quien consulta bloqueó a esta persona */
            blockedByMe: boolean;
            contact: components["schemas"]["MessageContact"];
            /**
             * Format: uuid
             * @description La conversación que ya tenéis, si la hay
             */
            threadId: string | null;
        };
        Correction: {
            body: string;
            createdAt: string;
        };
        CorrectionRequest: {
            /** @description Qué se corrige y por qué (texto plano) */
            body: string;
        };
        CounsellorBadge: {
            /** @example Abogada del Ilustre Colegio de la Abogacía de Madrid */
            credential: string;
        };
        CounsellorResponse: {
            answers: number;
            credential: string | null;
            displayName: string;
            /** Format: uuid */
            userId: string;
            /** @description Tiene credencial: sus respuestas llevan la insignia */
            verified: boolean;
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
            /** @description Temas de la comparativa legal relacionados con el curso */
            relatedLegalTopics: components["schemas"]["LegalTopicSummary"][];
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
        CreateBlogCommentRequest: {
            /** @description Markdown */
            body: string;
        };
        CreateBlogPostRequest: {
            /** @description Markdown */
            body: string;
            /** @default true */
            commentsOpen: boolean;
            /** @enum {string} */
            language: "es" | "en";
            /**
             * @default draft
             * @enum {string}
             */
            status: "draft" | "published";
            tags?: ("regularisation" | "visas" | "residence" | "remittances" | "deportation" | "asylum" | "work" | "family" | "nationality" | "health" | "education" | "return" | "consular" | "trafficking" | "discrimination" | "borders")[];
            title: string;
        };
        CreateBriefRequest: {
            /** @description Cuerpo en Markdown (títulos ##, listas, enlaces) */
            body: string;
            citations: components["schemas"]["CitationInput"][];
            /**
             * @description Idioma del informe; por defecto, el de la campaña
             * @enum {string}
             */
            locale?: "es" | "en";
            /** @description Recomendaciones, una por elemento */
            recommendations: string[];
            /** @description Resumen ejecutivo (texto plano; párrafos separados por una línea en blanco) */
            summary: string;
            title: string;
        };
        CreateCampaignRequest: {
            /** @description Lo que se pide (Markdown) */
            asks: string;
            audiences: ("ngos" | "families" | "political" | "government" | "students")[];
            /** @description Correos de las cuentas con rol de incidencia que llevan la campaña contigo */
            coAdvocates?: string[];
            /**
             * @description Idioma en que está escrita
             * @default es
             * @enum {string}
             */
            locale: "es" | "en";
            /** @description El problema (Markdown) */
            problem: string;
            /**
             * @description Se genera a partir del título si no se indica
             * @example citas-de-extranjeria
             */
            slug?: string;
            /** @description Resumen en una o dos frases (texto plano) */
            summary: string;
            /** @example Citas de extranjería para todas las personas */
            title: string;
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
        CreateOfficialRequest: {
            /** @default true */
            active: boolean;
            /** @description Formulario o página de contacto oficial */
            contactUrl?: string | null;
            /**
             * @description ES, EC, EU u otro código ISO 3166-1 de dos letras
             * @example ES
             */
            country: string;
            /**
             * @description Solo si una fuente oficial lo publica
             * @example registro@defensordelpueblo.es
             */
            email?: string | null;
            /** @example Defensor del Pueblo */
            institution: string;
            /** @example 2026-11-30 */
            lastVerifiedOn?: string | null;
            /** @enum {string} */
            level: "national" | "regional" | "local" | "eu" | "consular" | "ngo" | "international";
            /**
             * @description La persona o la oficina a la que se escribe
             * @example Área de Migraciones e Igualdad de Trato
             */
            name: string;
            /** @description Marca el contacto como pendiente de comprobar antes de un envío real */
            needsVerification?: boolean;
            notes?: string | null;
            /** @example Directora del Área de Migraciones */
            position?: string | null;
            /** @example Madrid */
            region?: string | null;
            /** @description Dónde se comprobó el dato */
            sourceUrl?: string | null;
        };
        CreateReplyRequest: {
            /** @enum {string} */
            channel: "email" | "letter" | "phone" | "meeting" | "other";
            /**
             * @description Cuándo llegó la respuesta
             * @example 2026-12-15T10:00:00Z
             */
            receivedAt: string;
            /** @description Qué respondieron, en pocas líneas */
            summary: string;
            /** @description Enlace público a la respuesta (si lo hay) */
            url?: string | null;
        };
        CreateSendRequest: {
            /** @description Todas las autoridades activas con correo que cumplen el filtro (o bien `officialIds`) */
            filter?: components["schemas"]["SendFilterInput"];
            /**
             * @description Enviar también a quienes tienen el contacto pendiente de comprobar (por defecto se saltan)
             * @default false
             */
            includeUnverified: boolean;
            /** @description Tu mensaje, tras el saludo personal; el informe va adjunto en PDF */
            message: string;
            /** @description Destinatarios elegidos uno a uno (o bien `filter`) */
            officialIds?: string[];
            /** @example Informe: citas de extranjería */
            subject: string;
            /** @description Versión del informe; por defecto, la última */
            version?: number;
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
        CreateSourceRequest: {
            /** @default false */
            active: boolean;
            /**
             * @description RSS, Atom o JSON Feed; sin él la fuente queda inactiva
             * @example https://www.eldiario.es/rss/desalambre/
             */
            feedUrl?: string | null;
            /**
             * @description Fuente generalista: solo se guardan las noticias sobre migración
             * @default true
             */
            keywordFilter: boolean;
            /** @enum {string} */
            language: "es" | "en";
            /** @example elDiario.es — Desalambre */
            name: string;
            notes?: string | null;
            /** @enum {string} */
            region: "ecuador" | "spain" | "eu" | "world";
            /** @example https://www.eldiario.es */
            siteUrl: string;
            /** @enum {string} */
            tier: "official" | "established_media" | "civil_society" | "community";
        };
        CredentialRequest: {
            /** @example Abogada, Ilustre Colegio de la Abogacía de Madrid n.º 12345 */
            credential: string | null;
        };
        DeliveryResponse: {
            attempts: number;
            email: string;
            /** Format: uuid */
            id: string;
            institution: string;
            lastError: string | null;
            messageId: string;
            name: string;
            /** @description Próximo intento si está en cola tras un fallo temporal */
            nextAttemptAt: string | null;
            /** Format: uuid */
            officialId: string;
            position: string | null;
            replies: components["schemas"]["ReplyResponse"][];
            /** Format: uuid */
            sendId: string;
            sentAt: string | null;
            /** @description Respuesta del servidor de correo */
            smtpResponse: string | null;
            /** @enum {string} */
            status: "queued" | "sending" | "sent" | "failed" | "bounced" | "replied";
            version: number;
        };
        EditorialContent: {
            /** @description Markdown */
            body: string;
            /** @description Las fuentes del texto: al menos una */
            citations: components["schemas"]["CitationInput"][];
            /**
             * @default es
             * @enum {string}
             */
            language: "es" | "en";
            /** @enum {string} */
            region: "ecuador" | "spain" | "eu" | "world";
            /** @description Entradilla en texto plano */
            summary: string;
            tags?: ("regularisation" | "visas" | "residence" | "remittances" | "deportation" | "asylum" | "work" | "family" | "nationality" | "health" | "education" | "return" | "consular" | "trafficking" | "discrimination" | "borders")[];
            title: string;
        };
        EditorialResponse: {
            authorId: string | null;
            authorName: string | null;
            body: string;
            /** @description El texto tal como lo leerán (HTML saneado); solo al pedir una noticia, no en la lista */
            bodyHtml: string | null;
            /** @description Quien pregunta puede verificarla ahora */
            canVerify: boolean;
            citations: components["schemas"]["CitationInput"][];
            corrections: components["schemas"]["Correction"][];
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            language: "es" | "en";
            lastEditedById: string | null;
            lastEditedByName: string | null;
            publishedAt: string | null;
            /** @enum {string} */
            region: "ecuador" | "spain" | "eu" | "world";
            reviewNote: string | null;
            slug: string;
            /** @enum {string} */
            status: "draft" | "in_review" | "published";
            submittedAt: string | null;
            summary: string;
            tags: ("regularisation" | "visas" | "residence" | "remittances" | "deportation" | "asylum" | "work" | "family" | "nationality" | "health" | "education" | "return" | "consular" | "trafficking" | "discrimination" | "borders")[];
            title: string;
            updatedAt: string;
            verified: components["schemas"]["Verification"] | null;
        };
        EmailPreview: {
            attachment: string;
            replyTo: string;
            subject: string;
            text: string;
        };
        EnrolmentDetailResponse: {
            /** Format: date-time */
            activatedAt: string | null;
            assignments: components["schemas"]["AssignmentState"][];
            attendance: components["schemas"]["AttendanceState"];
            /** Format: uuid */
            classId: string;
            /** Format: date-time */
            completedAt: string | null;
            /** Format: uuid */
            id: string;
            lessons: components["schemas"]["LessonState"][];
            progress: components["schemas"]["ProgressSummary"];
            /** Format: date-time */
            queuedAt: string;
            quizzes: components["schemas"]["QuizState"][];
            /** @enum {string} */
            status: "active" | "waitlisted" | "completed" | "withdrawn" | "removed";
            /** Format: uuid */
            userId: string;
            /** @description Puesto en la lista de espera (1 = la siguiente) */
            waitlistPosition: number | null;
        };
        EnrolmentResponse: {
            /** Format: date-time */
            activatedAt: string | null;
            /** Format: uuid */
            classId: string;
            /** Format: date-time */
            completedAt: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            queuedAt: string;
            /** @enum {string} */
            status: "active" | "waitlisted" | "completed" | "withdrawn" | "removed";
            /** Format: uuid */
            userId: string;
            /** @description Puesto en la lista de espera (1 = la siguiente) */
            waitlistPosition: number | null;
        };
        EnrolRequest: {
            /** @description Solo formadores/as y administración: inscribe a otra persona (por su correo) en vez de a quien llama */
            email?: string;
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
        FollowUpItem: {
            briefTitle: string;
            campaignTitle: string;
            daysWaiting: number;
            /** Format: uuid */
            deliveryId: string;
            institution: string;
            name: string;
            /** Format: uuid */
            sendId: string;
            sentAt: string;
        };
        ForumMetrics: {
            categories: components["schemas"]["CategoryMetrics"][];
            targetHours: number;
            /** @description Todas las categorías juntas */
            total: components["schemas"]["CategoryMetrics"];
            windowDays: number;
        };
        GradeRequest: {
            feedback: string;
            passed: boolean;
            score?: number;
        };
        GradingItem: {
            assignmentSlug: string;
            assignmentTitle: string;
            /** Format: uuid */
            enrolmentId: string;
            feedback: string | null;
            /** Format: date-time */
            gradedAt: string | null;
            /** Format: uuid */
            id: string;
            learnerName: string;
            link: string | null;
            score: number | null;
            /** @enum {string} */
            status: "pending" | "passed" | "failed";
            /** Format: date-time */
            submittedAt: string;
            /** @description Texto tal como lo escribió la persona (muéstralo escapado) */
            text: string;
            /** Format: uuid */
            userId: string;
        };
        HealthResponse: {
            /** @enum {string} */
            db: "up" | "down";
            /** @enum {string} */
            status: "ok" | "error";
        };
        ImportOfficialsRequest: {
            /** @description El CSV (UTF-8, con cabecera). Columnas: name, position, institution, level, country, region, email, contact_url, source_url, last_verified, active, notes (también en español: nombre, cargo, institución, nivel, país, región, correo, contacto, fuente, verificado, activo, notas) */
            csv: string;
            /** @description Si el archivo tiene filas con errores, importa igualmente las válidas */
            importValidRows?: boolean;
        };
        ImportReport: {
            created: number;
            dryRun: boolean;
            /** @description Columnas del archivo que no se reconocen (se ignoran) */
            ignoredColumns: string[];
            /** @description Se ha guardado algo */
            imported: boolean;
            invalid: number;
            lines: components["schemas"]["ImportRowReport"][];
            rows: number;
            updated: number;
            valid: number;
        };
        ImportRowProblem: {
            field: string;
            message: string;
        };
        ImportRowReport: {
            /** @enum {string} */
            action: "create" | "update" | "error";
            email: string | null;
            institution: string;
            /** @description Línea del archivo (la cabecera es la 1) */
            line: number;
            name: string;
            problems: components["schemas"]["ImportRowProblem"][];
        };
        IngestFailure: {
            error: string;
            source: string;
            /** Format: uuid */
            sourceId: string;
        };
        IngestReportResponse: {
            duplicates: number;
            failed: components["schemas"]["IngestFailure"][];
            fetched: number;
            /** @description Noticias de fuentes generalistas que no tratan de migración */
            filtered: number;
            finishedAt: string;
            newItems: number;
            notModified: number;
            /** Format: uuid */
            runId: string;
            /** @description Fuentes en pausa tras fallos */
            skipped: number;
            /** @description Fuentes leídas */
            sources: number;
            startedAt: string;
            /** @enum {string} */
            trigger: "schedule" | "manual";
        };
        IngestRunSummary: {
            finishedAt: string | null;
            /** Format: uuid */
            id: string;
            report: components["schemas"]["IngestReportResponse"] | null;
            startedAt: string;
            /** @enum {string} */
            trigger: "schedule" | "manual";
        };
        LegalBilingual: {
            en: string;
            es: string;
        };
        LegalBlock: {
            /** @description Lista numerada (pasos) */
            ordered?: boolean;
            points: components["schemas"]["LegalPoint"][];
            /** @description El texto de un subtítulo */
            text?: string;
            /** @enum {string} */
            type: "heading" | "paragraph" | "list";
        };
        LegalCitation: {
            /** @description Número de la fuente en la lista del tema */
            n: number;
            /** @example art. 17.1 */
            ref: string;
            /** @example loex */
            source: string;
        };
        LegalGlance: {
            EC: components["schemas"]["LegalGlanceCell"];
            ES: components["schemas"]["LegalGlanceCell"];
            question: components["schemas"]["LegalBilingual"];
        };
        LegalGlanceCell: {
            citations: components["schemas"]["LegalCitation"][];
            /** @enum {string} */
            confidence: "verified" | "partly" | "unverified";
            en: string;
            es: string;
        };
        LegalMatrix: {
            /**
             * @example [
             *       "EC",
             *       "ES"
             *     ]
             */
            countries: string[];
            rows: components["schemas"]["LegalMatrixRow"][];
        };
        LegalMatrixRow: {
            EC: components["schemas"]["LegalGlanceCell"];
            ES: components["schemas"]["LegalGlanceCell"];
            lastChecked: string;
            question: components["schemas"]["LegalBilingual"];
            slug: string;
            /** @description Las fuentes que citan las dos respuestas */
            sources: components["schemas"]["LegalSource"][];
            title: components["schemas"]["LegalBilingual"];
        };
        LegalPoint: {
            /** @description Ancla en la página del tema: p-<anchor> */
            anchor: number;
            citations: components["schemas"]["LegalCitation"][];
            /**
             * @description La confianza de la fuente menos segura que cita: partly/unverified se muestran con un aviso
             * @enum {string}
             */
            confidence: "verified" | "partly" | "unverified";
            /** @description El punto en HTML seguro (strong, em, code, a) */
            html: string;
            /** @description El punto en texto llano */
            text: string;
        };
        LegalSearchHit: {
            /** @description Ancla en la página del tema (p-<anchor>); 0 para el resumen */
            anchor: number;
            /** @enum {string} */
            section: "summary" | "ec" | "es" | "agreement" | "differences" | "steps";
            sectionHeading: components["schemas"]["LegalBilingual"];
            slug: string;
            /** @description Fragmento en HTML: el texto escapado y lo encontrado entre <mark> */
            snippet: string;
            title: components["schemas"]["LegalBilingual"];
        };
        LegalSearchResult: {
            hits: components["schemas"]["LegalSearchHit"][];
            q: string;
            /** @description Pasajes encontrados (se devuelven los 40 más pertinentes) */
            total: number;
        };
        LegalSection: {
            blocks: components["schemas"]["LegalBlock"][];
            heading: components["schemas"]["LegalBilingual"];
            /** @enum {string} */
            key: "ec" | "es" | "agreement" | "differences" | "steps";
        };
        LegalSource: {
            /** @description Los artículos que cita el tema */
            articles: string;
            /** @example BOE-A-2000-544 */
            boeId?: string;
            /** @enum {string} */
            confidence: "verified" | "partly" | "unverified";
            /** @example loex */
            id: string;
            instrument: string;
            /** @enum {string} */
            jurisdiction: "EC" | "ES" | "bilateral" | "EU";
            n: number;
            /** @description Qué falta por confirmar */
            note?: string;
            /** @example https://www.boe.es/buscar/act.php?id=BOE-A-2000-544 */
            officialUrl: string;
        };
        LegalTopicDetail: {
            /** @description Solo en los temas regidos por un convenio bilateral */
            agreement: components["schemas"]["LegalSection"] | null;
            differences: components["schemas"]["LegalSection"];
            ecuador: components["schemas"]["LegalSection"];
            glance: components["schemas"]["LegalGlance"];
            /**
             * @description Fecha de la última comprobación contra las fuentes
             * @example 2026-11-30
             */
            lastChecked: string;
            /** @description Posición en la lista de temas */
            order: number;
            /** @example reagrupacion-familiar */
            slug: string;
            sources: components["schemas"]["LegalSource"][];
            spain: components["schemas"]["LegalSection"];
            steps: components["schemas"]["LegalSection"];
            summary: components["schemas"]["LegalBilingual"];
            /**
             * @example [
             *       "family",
             *       "residence"
             *     ]
             */
            tags: string[];
            title: components["schemas"]["LegalBilingual"];
            /** @description Puntos que se apoyan, en todo o en parte, en fuentes sin confirmar del todo */
            unconfirmedPoints: number;
        };
        LegalTopicSummary: {
            /**
             * @description Fecha de la última comprobación contra las fuentes
             * @example 2026-11-30
             */
            lastChecked: string;
            /** @description Posición en la lista de temas */
            order: number;
            /** @example reagrupacion-familiar */
            slug: string;
            summary: components["schemas"]["LegalBilingual"];
            /**
             * @example [
             *       "family",
             *       "residence"
             *     ]
             */
            tags: string[];
            title: components["schemas"]["LegalBilingual"];
        };
        LessonLink: {
            slug: string;
            title: string;
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
        LessonResponse: {
            class: components["schemas"]["ClassContext"];
            /** @description Quien llama la marcó como hecha */
            done: boolean;
            /**
             * Format: uuid
             * @description La inscripción de quien llama (null para quien imparte la clase)
             */
            enrolmentId: string | null;
            /** @description HTML seguro (Markdown renderizado y saneado) */
            html: string;
            lessonCount: number;
            minutes: number;
            next: components["schemas"]["LessonLink"] | null;
            position: number;
            previous: components["schemas"]["LessonLink"] | null;
            required: boolean;
            slug: string;
            title: string;
        };
        LessonState: {
            done: boolean;
            minutes: number;
            required: boolean;
            slug: string;
            title: string;
        };
        LocalisedText: {
            en: string;
            es: string;
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
        ManagedCertificate: {
            /** @description Quien lo ve puede revocarlo */
            canRevoke: boolean;
            /** Format: uuid */
            classId: string | null;
            /** @description 25 caracteres base32 */
            code: string;
            /** @description El código en grupos de cinco, como se imprime */
            codeGrouped: string;
            course: components["schemas"]["CertificateCourse"];
            /** @description La credencial Open Badges 3.0 firmada (JSON-LD) */
            credentialUrl: string;
            /** Format: date */
            endsOn: string;
            hours: number;
            /** Format: date-time */
            issuedAt: string;
            issuer: components["schemas"]["CertificateIssuer"];
            /** @enum {string} */
            language: "es" | "en";
            /** @description El nombre tal como se escribió al emitirlo */
            learnerName: string;
            pdfUrl: string;
            /** Format: date-time */
            revokedAt: string | null;
            revokedReason: string | null;
            /** Format: date */
            startsOn: string;
            /** @enum {string} */
            status: "valid" | "revoked";
            trainerName: string;
            verificationUrl: string;
        };
        MaskedData: {
            /** @enum {string} */
            field: "title" | "body";
            /** @enum {string} */
            kind: "dni" | "nie" | "nif" | "cedula" | "passport" | "phone" | "email" | "iban" | "address";
            /** @description Lo que escribiste (solo se te muestra a ti, no se guarda) */
            original: string;
            /** @description Por qué se oculta, en tu idioma */
            reason: string;
            /** @description Lo que se publicará en su lugar */
            replacement: string;
        };
        MessageContact: {
            /** @description Acreditación de asesoría, si la tiene */
            credential: string | null;
            /** @description La cuenta ya no existe */
            deleted: boolean;
            /**
             * Format: uuid
             * @description Null cuando la persona se muestra con seudónimo
             */
            id: string | null;
            /** @description Nombre, o el seudónimo de la pregunta si es anónima */
            name: string;
            /** @description Se muestra con el seudónimo de una pregunta anónima */
            pseudonymous: boolean;
        };
        MessageSettingsView: {
            /** @enum {string} */
            whoCanMessage: "everyone" | "classmates" | "nobody";
        };
        MessageView: {
            /** @description Null si moderación lo ocultó */
            bodyHtml: string | null;
            createdAt: string;
            /** @description Ocultado o eliminado por moderación */
            hidden: boolean;
            /** Format: uuid */
            id: string;
            /** @description Lo envió quien consulta */
            mine: boolean;
            /** @description Solo en los propios: si la otra persona ya lo leyó */
            readByOther: boolean | null;
        };
        MineBlogPost: {
            author: components["schemas"]["BlogAuthor"];
            /** @description Comentarios visibles */
            commentCount: number;
            commentsOpen: boolean;
            /** @description El comienzo del texto, sin formato */
            excerpt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            language: "es" | "en";
            moderationNote: string | null;
            publishedAt: string | null;
            slug: string;
            /** @enum {string} */
            status: "draft" | "published";
            tags: ("regularisation" | "visas" | "residence" | "remittances" | "deportation" | "asylum" | "work" | "family" | "nationality" | "health" | "education" | "return" | "consular" | "trafficking" | "discrimination" | "borders")[];
            title: string;
            updatedAt: string;
            /**
             * @description hidden/deleted: lo decidió moderación
             * @enum {string}
             */
            visibility: "visible" | "pending" | "hidden" | "deleted";
        };
        MineQuestion: {
            answerCount: number;
            asker: components["schemas"]["AskerRef"];
            category: components["schemas"]["CategoryRef"];
            /** @description Ya la ha respondido una persona asesora */
            counsellorAnswered: boolean;
            /** @enum {string} */
            country: "ES" | "EC" | "other";
            createdAt: string;
            /** @description El principio del texto, sin formato */
            excerpt: string;
            /** Format: uuid */
            id: string;
            lastActivityAt: string;
            /** @enum {string} */
            status: "open" | "answered" | "resolved" | "locked";
            tags: ("regularisation" | "visas" | "residence" | "remittances" | "deportation" | "asylum" | "work" | "family" | "nationality" | "health" | "education" | "return" | "consular" | "trafficking" | "discrimination" | "borders")[];
            title: string;
            /** @enum {string} */
            visibility: "visible" | "pending" | "hidden" | "deleted";
        };
        ModerationAction: {
            /**
             * @description auto_hide, hide, restore, delete, lock, unlock, suspend, unmask, watch_word, unwatch_word
             * @example hide
             */
            action: string;
            /** @description Null: lo hizo el sistema (tres denuncias) */
            actorName: string | null;
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            postId: string | null;
            /** @enum {string|null} */
            postKind: "question" | "answer" | "blog_post" | "blog_comment" | "message" | null;
            reason: string | null;
        };
        ModerationPost: {
            anonymous: boolean;
            /** @description Como lo ve el público: el seudónimo si es anónima */
            authorName: string;
            /** @description Solo en blogs: la dirección de la entrada (/blog/<slug>) */
            blogSlug?: string;
            bodyHtml: string;
            createdAt: string;
            excerpt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "question" | "answer" | "blog_post" | "blog_comment" | "message";
            moderationNote: string | null;
            openReports: number;
            /**
             * Format: uuid
             * @description La pregunta del hilo; en un blog, la entrada
             */
            questionId: string;
            /** @enum {string} */
            questionStatus: "open" | "answered" | "resolved" | "locked";
            /** @description Título de la pregunta o de la entrada del blog */
            questionTitle: string;
            reports: components["schemas"]["ReportView"][];
            /** @enum {string} */
            visibility: "visible" | "pending" | "hidden" | "deleted";
        };
        ModerationQueue: {
            /** @description Las últimas 50 que ocultó moderación, para poder volver a mostrarlas */
            hidden: components["schemas"]["ModerationPost"][];
            /** @description Las últimas 100 acciones */
            log: components["schemas"]["ModerationAction"][];
            /** @description Retenidas por una palabra vigilada */
            pending: components["schemas"]["ModerationPost"][];
            /** @description Con denuncias abiertas (también las ocultas por tres denuncias), las más denunciadas primero */
            reported: components["schemas"]["ModerationPost"][];
            watchedWords: components["schemas"]["WatchedWordResponse"][];
        };
        MyEnrolmentResponse: {
            /** Format: date-time */
            activatedAt: string | null;
            class: components["schemas"]["ClassResponse"];
            /** Format: uuid */
            classId: string;
            /** Format: date-time */
            completedAt: string | null;
            /** Format: uuid */
            id: string;
            nextSession: components["schemas"]["SessionResponse"] | null;
            pending: components["schemas"]["PendingWork"];
            progress: components["schemas"]["ProgressSummary"];
            /** Format: date-time */
            queuedAt: string;
            /** @enum {string} */
            status: "active" | "waitlisted" | "completed" | "withdrawn" | "removed";
            /** Format: uuid */
            userId: string;
            /** @description Puesto en la lista de espera (1 = la siguiente) */
            waitlistPosition: number | null;
        };
        NewsDetail: {
            /** @description Otras fuentes que publicaron la misma historia */
            alsoReportedBy: components["schemas"]["AlsoReported"][];
            authorName: string | null;
            /** @description Redacción: el texto completo (HTML saneado) */
            bodyHtml: string | null;
            citations: components["schemas"]["CitationInput"][];
            /** @description La noticia que encabeza esta historia, si no es esta */
            clusterSlug: string | null;
            /** @description Correcciones, la más antigua primero */
            corrections: components["schemas"]["Correction"][];
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "feed" | "editorial";
            /** @enum {string} */
            language: "es" | "en";
            link: string | null;
            publishedAt: string;
            /** @enum {string} */
            region: "ecuador" | "spain" | "eu" | "world";
            slug: string;
            /** @description null en las noticias de la redacción de Puente */
            source: components["schemas"]["NewsSourceRef"] | null;
            /** @description HTML saneado (p, a, strong, em, listas) */
            summaryHtml: string;
            tags: ("regularisation" | "visas" | "residence" | "remittances" | "deportation" | "asylum" | "work" | "family" | "nationality" | "health" | "education" | "return" | "consular" | "trafficking" | "discrimination" | "borders")[];
            title: string;
            verified: components["schemas"]["Verification"] | null;
        };
        NewsPage: {
            hasMore: boolean;
            items: components["schemas"]["NewsSummary"][];
            /** @description Fin de la última lectura de las fuentes */
            lastUpdatedAt: string | null;
            page: number;
            pageSize: number;
        };
        NewsSourceRef: {
            /** Format: uuid */
            id: string;
            name: string;
            siteUrl: string;
            /** @enum {string} */
            tier: "official" | "established_media" | "civil_society" | "community";
        };
        NewsSummary: {
            /** @description Otras fuentes que publicaron la misma historia */
            alsoReportedBy: components["schemas"]["AlsoReported"][];
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "feed" | "editorial";
            /** @enum {string} */
            language: "es" | "en";
            link: string | null;
            publishedAt: string;
            /** @enum {string} */
            region: "ecuador" | "spain" | "eu" | "world";
            slug: string;
            /** @description null en las noticias de la redacción de Puente */
            source: components["schemas"]["NewsSourceRef"] | null;
            /** @description HTML saneado (p, a, strong, em, listas) */
            summaryHtml: string;
            tags: ("regularisation" | "visas" | "residence" | "remittances" | "deportation" | "asylum" | "work" | "family" | "nationality" | "health" | "education" | "return" | "consular" | "trafficking" | "discrimination" | "borders")[];
            title: string;
            verified: components["schemas"]["Verification"] | null;
        };
        NotificationPage: {
            hasMore: boolean;
            items: components["schemas"]["NotificationResponse"][];
            page: number;
            pageSize: number;
            /** @description Avisos sin leer en total */
            unread: number;
        };
        NotificationPreferenceItem: {
            /** @enum {string} */
            defaultMode: "immediately" | "daily" | "never";
            /** @description Nombre del tipo en el idioma de quien pregunta */
            label: string;
            /** @enum {string} */
            mode: "immediately" | "daily" | "never";
            /** @enum {string} */
            type: "forum_answer" | "message" | "grade" | "announcement" | "enrolment" | "certificate";
        };
        NotificationPreferences: {
            items: components["schemas"]["NotificationPreferenceItem"][];
        };
        NotificationResponse: {
            /** @description Una línea más de detalle, en el idioma de quien pregunta */
            body: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /**
             * @description Ruta dentro de Puente a la que lleva el aviso
             * @example /foro/preguntas/…
             */
            link: string;
            /** Format: date-time */
            readAt: string | null;
            /** @description Título en el idioma de quien pregunta */
            title: string;
            /** @enum {string} */
            type: "forum_answer" | "message" | "grade" | "announcement" | "enrolment" | "certificate";
        };
        OfficialResponse: {
            active: boolean;
            contactUrl: string | null;
            country: string;
            email: string | null;
            /** Format: uuid */
            id: string;
            institution: string;
            lastVerifiedOn: string | null;
            /** @enum {string} */
            level: "national" | "regional" | "local" | "eu" | "consular" | "ngo" | "international";
            name: string;
            needsVerification: boolean;
            notes: string | null;
            position: string | null;
            region: string | null;
            /** @description Viene del directorio que trae Puente */
            seeded: boolean;
            /** @description Activo y con correo: se le puede enviar un informe */
            sendable: boolean;
            sourceUrl: string | null;
            updatedAt: string;
        };
        OfficialsPage: {
            /** @description Países del directorio, para filtrar */
            countries: string[];
            /** @description Instituciones del directorio, para filtrar */
            institutions: string[];
            items: components["schemas"]["OfficialResponse"][];
            page: number;
            pageSize: number;
            total: number;
        };
        OptionalReasonRequest: {
            reason?: string;
        };
        PasswordResetConfirmRequest: {
            password: string;
            token: string;
        };
        PasswordResetRequest: {
            /** @example ana@example.org */
            email: string;
        };
        PendingAssignment: {
            slug: string;
            /** @enum {string} */
            status: "not_submitted" | "pending" | "passed" | "failed";
            title: string;
        };
        PendingWork: {
            /** @description Tareas exigidas aún sin aprobar */
            assignments: components["schemas"]["PendingAssignment"][];
            /** @description La siguiente lección obligatoria sin hacer */
            nextLesson: components["schemas"]["WorkItem"] | null;
            /** @description Cuestionarios exigidos aún sin aprobar */
            quizzes: components["schemas"]["WorkItem"][];
        };
        PersonalDataExport: {
            account: components["schemas"]["UserResponse"];
            emailTokens: components["schemas"]["ExportedEmailToken"][];
            /** Format: date-time */
            exportedAt: string;
            failedLogins: components["schemas"]["ExportedFailedLogin"][];
            /** @description Lo que guarda cada parte de Puente (clases, foro…), por nombre */
            sections: {
                [key: string]: unknown;
            };
            sessions: components["schemas"]["ExportedSession"][];
        };
        PostChatMessageRequest: {
            /** @description Texto (sin formato) */
            body: string;
        };
        PostResult: {
            /**
             * Format: uuid
             * @description La respuesta, si se publicó una
             */
            answerId: string | null;
            /** @enum {string} */
            outcome: "preview" | "published" | "held";
            preview: components["schemas"]["ScrubPreview"] | null;
            /**
             * Format: uuid
             * @description La pregunta
             */
            questionId: string | null;
        };
        ProgressResponse: {
            complete: boolean;
            /** Format: date-time */
            completedAt: string | null;
            lessonsDone: number;
            lessonsRequired: number;
            /** @description Porcentaje de lecciones obligatorias hechas */
            percent: number;
            /** @enum {string} */
            status: "active" | "completed";
        };
        ProgressSummary: {
            complete: boolean;
            lessonsDone: number;
            lessonsRequired: number;
            /** @description Porcentaje de lecciones obligatorias hechas */
            percent: number;
        };
        PublicSigner: {
            city: string;
            name: string;
            organisation: string | null;
            signedAt: string;
        };
        PublicSourceResponse: {
            /** @description Se lee ahora mismo */
            active: boolean;
            /** Format: uuid */
            id: string;
            itemCount: number;
            /** @enum {string} */
            language: "es" | "en";
            name: string;
            /** @enum {string} */
            region: "ecuador" | "spain" | "eu" | "world";
            siteUrl: string;
            /** @enum {string} */
            tier: "official" | "established_media" | "civil_society" | "community";
        };
        QuestionDetail: {
            /** Format: uuid */
            acceptedAnswerId: string | null;
            answerCount: number;
            /** @description La aceptada primero, luego las de personas asesoras y después las demás */
            answers: components["schemas"]["AnswerResponse"][];
            asker: components["schemas"]["AskerRef"];
            /** @description HTML saneado */
            bodyHtml: string;
            category: components["schemas"]["CategoryRef"];
            /** @description Ya la ha respondido una persona asesora */
            counsellorAnswered: boolean;
            /** @enum {string} */
            country: "ES" | "EC" | "other";
            createdAt: string;
            /** @description El principio del texto, sin formato */
            excerpt: string;
            /** Format: uuid */
            id: string;
            lastActivityAt: string;
            /** @description Por qué no se muestra; solo para quien la escribió y moderación */
            moderationNote: string | null;
            /** @description Temas de la comparativa legal enlazados en el hilo (/leyes/<tema>) o con las mismas etiquetas; hasta 3 */
            relatedLegalTopics: components["schemas"]["LegalTopicSummary"][];
            /** @enum {string} */
            status: "open" | "answered" | "resolved" | "locked";
            tags: ("regularisation" | "visas" | "residence" | "remittances" | "deportation" | "asylum" | "work" | "family" | "nationality" | "health" | "education" | "return" | "consular" | "trafficking" | "discrimination" | "borders")[];
            title: string;
            viewer: components["schemas"]["ViewerRights"];
            /**
             * @description Solo quien la escribió y moderación ven una pregunta que no está «visible»
             * @enum {string}
             */
            visibility: "visible" | "pending" | "hidden" | "deleted";
        };
        QuestionPage: {
            hasMore: boolean;
            items: components["schemas"]["QuestionSummary"][];
            page: number;
            pageSize: number;
        };
        QuestionReview: {
            chosen: string[];
            /** @description Respondida del todo bien */
            correct: boolean;
            /** @description Las opciones correctas: solo cuando se aprueba o no quedan intentos */
            correctOptions: string[] | null;
            /** @description Por qué: para las preguntas acertadas, y para todas cuando se revelan las respuestas */
            explanation: string | null;
            id: string;
        };
        QuestionSummary: {
            answerCount: number;
            asker: components["schemas"]["AskerRef"];
            category: components["schemas"]["CategoryRef"];
            /** @description Ya la ha respondido una persona asesora */
            counsellorAnswered: boolean;
            /** @enum {string} */
            country: "ES" | "EC" | "other";
            createdAt: string;
            /** @description El principio del texto, sin formato */
            excerpt: string;
            /** Format: uuid */
            id: string;
            lastActivityAt: string;
            /** @enum {string} */
            status: "open" | "answered" | "resolved" | "locked";
            tags: ("regularisation" | "visas" | "residence" | "remittances" | "deportation" | "asylum" | "work" | "family" | "nationality" | "health" | "education" | "return" | "consular" | "trafficking" | "discrimination" | "borders")[];
            title: string;
        };
        QueueItem: {
            answerCount: number;
            asker: components["schemas"]["AskerRef"];
            category: components["schemas"]["CategoryRef"];
            claim: components["schemas"]["ClaimView"] | null;
            /** @description Ya la ha respondido una persona asesora */
            counsellorAnswered: boolean;
            /** @enum {string} */
            country: "ES" | "EC" | "other";
            createdAt: string;
            /** @description El principio del texto, sin formato */
            excerpt: string;
            /** Format: uuid */
            id: string;
            lastActivityAt: string;
            /** @description Más de 48 horas sin respuesta de una persona asesora */
            overdue: boolean;
            /** @enum {string} */
            status: "open" | "answered" | "resolved" | "locked";
            tags: ("regularisation" | "visas" | "residence" | "remittances" | "deportation" | "asylum" | "work" | "family" | "nationality" | "health" | "education" | "return" | "consular" | "trafficking" | "discrimination" | "borders")[];
            title: string;
            /** @description Horas desde que se preguntó */
            waitingHours: number;
        };
        QuizAllowance: {
            attemptsLeft: number;
            attemptsUsed: number;
            /** @description Intentos permitidos a esta persona (los del curso más los concedidos) */
            maxAttempts: number;
            quizSlug: string;
        };
        QuizOption: {
            id: string;
            text: string;
        };
        QuizOutline: {
            maxAttempts: number;
            /** @description Porcentaje para aprobar */
            passMark: number;
            questionCount: number;
            slug: string;
            title: string;
        };
        QuizQuestionView: {
            id: string;
            options: components["schemas"]["QuizOption"][];
            prompt: string;
            /** @enum {string} */
            type: "single" | "multiple";
        };
        QuizResponse: {
            /** @description Los intentos de quien llama */
            attempts: components["schemas"]["AttemptSummary"][];
            attemptsLeft: number;
            /** @description Quien llama puede hacer un intento ahora */
            canAttempt: boolean;
            class: components["schemas"]["ClassContext"];
            /** @description Revisión del último intento de quien llama */
            lastReview: components["schemas"]["QuestionReview"][] | null;
            maxAttempts: number;
            passed: boolean;
            passMark: number;
            /** @description Sin las respuestas correctas */
            questions: components["schemas"]["QuizQuestionView"][];
            slug: string;
            title: string;
        };
        QuizState: {
            attemptsUsed: number;
            bestScore: number | null;
            maxAttempts: number;
            passed: boolean;
            passMark: number;
            questionCount: number;
            /** @description Exigido para completar la clase */
            required: boolean;
            slug: string;
            title: string;
        };
        ReasonRequest: {
            reason: string;
        };
        RecipientResponse: {
            country: string;
            institution: string;
            name: string;
            position: string | null;
            /** @description Fecha de la primera respuesta */
            repliedAt: string | null;
            /** @enum {string|null} */
            replyChannel: "email" | "letter" | "phone" | "meeting" | "other" | null;
            /** @description Enlace público a la respuesta, si lo hay */
            replyUrl: string | null;
            sentAt: string;
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
        ReplyResponse: {
            /** @enum {string} */
            channel: "email" | "letter" | "phone" | "meeting" | "other";
            /** Format: uuid */
            id: string;
            receivedAt: string;
            recordedBy: string;
            summary: string;
            url: string | null;
        };
        ReportRequest: {
            note?: string;
            /** @enum {string} */
            reason: "personal_data" | "spam" | "abuse" | "misleading" | "off_topic" | "other";
        };
        ReportResult: {
            /** @description La publicación quedó oculta hasta que moderación la revise (tres denuncias abiertas) */
            hidden: boolean;
        };
        ReportView: {
            createdAt: string;
            note: string | null;
            /** @enum {string} */
            reason: "personal_data" | "spam" | "abuse" | "misleading" | "off_topic" | "other";
        };
        ReturnRequest: {
            /** @description Qué hay que cambiar */
            note: string;
        };
        RevokeRequest: {
            /** @description Motivo; se envía a la persona titular */
            reason: string;
        };
        RosterAssignment: {
            slug: string;
            /** @enum {string} */
            status: "not_submitted" | "pending" | "passed" | "failed";
        };
        RosterColumn: {
            slug: string;
            title: string;
        };
        RosterLearner: {
            assignments: components["schemas"]["RosterAssignment"][];
            attendancePercent: number | null;
            attended: number;
            /** Format: date-time */
            completedAt: string | null;
            displayName: string;
            /** Format: uuid */
            enrolmentId: string;
            lessonsDone: number;
            pendingSubmissions: number;
            percent: number;
            /** Format: date-time */
            queuedAt: string;
            quizzes: components["schemas"]["RosterQuiz"][];
            /** @enum {string} */
            status: "active" | "waitlisted" | "completed" | "withdrawn" | "removed";
            /** Format: uuid */
            userId: string;
        };
        RosterQuiz: {
            /** @description Intentos permitidos a esta persona (los del curso más los concedidos) */
            allowed: number;
            attempts: number;
            bestScore: number | null;
            passed: boolean;
            slug: string;
        };
        RosterResponse: {
            assignments: components["schemas"]["RosterColumn"][];
            capacity: number;
            /** Format: uuid */
            classId: string;
            /** @description Activas y completadas, por nombre */
            learners: components["schemas"]["RosterLearner"][];
            lessonsRequired: number;
            quizzes: components["schemas"]["RosterColumn"][];
            /** @description Sesiones que ya han empezado */
            sessionsHeld: number;
            title: string;
            /** @description Lista de espera, en orden */
            waitlist: components["schemas"]["RosterLearner"][];
        };
        ScrubPreview: {
            body: string;
            /** @description El texto tal como se publicaría (HTML saneado) */
            bodyHtml: string;
            masked: components["schemas"]["MaskedData"][];
            title: string | null;
        };
        SendCreated: {
            dryRun: boolean;
            recipients: components["schemas"]["SendRecipient"][];
            /** Format: uuid */
            sendId: string | null;
            /** @description Destinatarios que se saltan (sin correo, inactivos, con el contacto pendiente de comprobar o que ya recibieron esta versión) */
            skipped: number;
            /** @description Correos que salen (o saldrían) */
            toSend: number;
            version: number;
        };
        SendFilterInput: {
            /** @example ES */
            country?: string;
            /** @description Institución (exacta, sin distinguir mayúsculas) */
            institution?: string;
            /** @enum {string} */
            level?: "national" | "regional" | "local" | "eu" | "consular" | "ngo" | "international";
        };
        SendMessageRequest: {
            /** @description Texto o Markdown */
            body: string;
            /**
             * Format: uuid
             * @description Solo asesoría: escribir a quien hizo esta pregunta del foro (reservada por quien escribe)
             */
            questionId?: string;
            /**
             * Format: uuid
             * @description Responder en una conversación existente
             */
            threadId?: string;
            /**
             * Format: uuid
             * @description A quién se escribe (conversación entre dos personas)
             */
            toUserId?: string;
        };
        SendMessageResult: {
            message: components["schemas"]["MessageView"];
            /** Format: uuid */
            threadId: string;
        };
        SendRecipient: {
            email: string | null;
            institution: string;
            name: string;
            /** @description El contacto está pendiente de comprobar */
            needsVerification: boolean;
            /** Format: uuid */
            officialId: string;
            /** @enum {string} */
            outcome: "will_send" | "queued" | "no_email" | "inactive" | "needs_verification" | "already_sent" | "not_found";
            position: string | null;
            /** @description El correo personalizado (solo en la vista previa y para quien lo recibirá) */
            preview: components["schemas"]["EmailPreview"] | null;
        };
        SendResponse: {
            /** Format: uuid */
            briefId: string;
            briefTitle: string;
            campaignSlug: string;
            counts: components["schemas"]["StatusCounts"];
            createdAt: string;
            createdBy: string;
            deliveries: components["schemas"]["DeliveryResponse"][];
            /** @description Ya no queda nada en cola ni enviándose */
            finished: boolean;
            /** Format: uuid */
            id: string;
            message: string;
            subject: string;
            total: number;
            version: number;
        };
        SendSummary: {
            counts: components["schemas"]["StatusCounts"];
            createdAt: string;
            /** Format: uuid */
            id: string;
            subject: string;
            total: number;
            version: number;
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
        SignatureAccepted: {
            /**
             * @description Siempre «pending»: la firma cuenta cuando se confirma desde el correo
             * @enum {string}
             */
            status: "pending";
        };
        SignatureResult: {
            campaignSlug: string;
            campaignTitle: string;
            /** @enum {string} */
            status: "confirmed" | "withdrawn";
        };
        SignaturesPage: {
            /** @description Firmas confirmadas (también las de quien no muestra su nombre) */
            confirmed: number;
            /** @description Cuántas organizaciones firman en total */
            organisationCount: number;
            /** @description Organizaciones que firman (de firmas públicas), las 200 primeras por orden alfabético */
            organisations: string[];
            page: number;
            pageSize: number;
            /** @description Personas que firman y muestran su nombre */
            shown: number;
            signers: components["schemas"]["PublicSigner"][];
        };
        SignatureTokenRequest: {
            token: string;
        };
        SignRequest: {
            /** @example Madrid */
            city: string;
            /** @description Acepto que Puente guarde estos datos para esta campaña (obligatorio) */
            consent: boolean;
            /**
             * @description Código de país de dos letras
             * @example ES
             */
            country: string;
            /** @example maria@example.org */
            email: string;
            /** @example María Quishpe */
            name: string;
            /** @example Asociación Rumiñahui */
            organisation?: string | null;
            /** @description Mostrar mi nombre en la lista pública de firmas */
            showName: boolean;
        };
        SourceRef: {
            id: string;
            title: string;
            url: string;
            year?: number;
        };
        SourceResponse: {
            active: boolean;
            consecutiveFailures: number;
            etag: string | null;
            feedUrl: string | null;
            /** @description Falla desde hace varias lecturas: hay que revisarla */
            flagged: boolean;
            /** Format: uuid */
            id: string;
            /** @description Noticias guardadas de esta fuente */
            itemCount: number;
            keywordFilter: boolean;
            /** @enum {string} */
            language: "es" | "en";
            lastError: string | null;
            lastFetchedAt: string | null;
            lastModified: string | null;
            lastSuccessAt: string | null;
            /** @description La fuente respondió con redirecciones permanentes a esta dirección: conviene actualizar la del feed */
            movedTo: string | null;
            name: string;
            /** @description Mientras esté en el futuro, las lecturas no tocan la fuente */
            nextAttemptAt: string | null;
            notes: string | null;
            /** @enum {string} */
            region: "ecuador" | "spain" | "eu" | "world";
            siteUrl: string;
            /** @enum {string} */
            tier: "official" | "established_media" | "civil_society" | "community";
        };
        StatusCounts: {
            bounced: number;
            failed: number;
            queued: number;
            replied: number;
            sending: number;
            sent: number;
        };
        SubmissionResponse: {
            assignmentSlug: string;
            feedback: string | null;
            /** Format: date-time */
            gradedAt: string | null;
            /** Format: uuid */
            id: string;
            link: string | null;
            score: number | null;
            /** @enum {string} */
            status: "pending" | "passed" | "failed";
            /** Format: date-time */
            submittedAt: string;
            /** @description Texto tal como lo escribió la persona (muéstralo escapado) */
            text: string;
        };
        SubmitRequest: {
            /**
             * @description Enlace a un documento (https)
             * @example https://docs.example.org/mi-plan
             */
            link?: string;
            /** @description Texto plano */
            text: string;
        };
        SuspendRequest: {
            days: number;
            reason: string;
        };
        SuspendResult: {
            until: string;
        };
        TeachingClassResponse: {
            activeCount: number;
            capacity: number;
            completedCount: number;
            courseSlug: string;
            courseTitle: components["schemas"]["BilingualText"];
            /** @description El último día de la clase ya pasó (en su zona horaria) */
            ended: boolean;
            endsOn: string;
            enrolmentOpen: boolean;
            /** Format: uuid */
            id: string;
            location: string | null;
            /** @enum {string} */
            mode: "online" | "in_person" | "hybrid";
            nextSession: components["schemas"]["SessionResponse"] | null;
            /** @description Entregas de tareas sin corregir */
            pendingSubmissions: number;
            /** @description Plazas libres */
            placesLeft: number;
            startsOn: string;
            timezone: string;
            title: string;
            /** Format: uuid */
            trainerId: string;
            /** @description Nombre visible de la persona formadora (nunca su correo) */
            trainerName: string;
            /** @description Personas en lista de espera */
            waitlistCount: number;
        };
        ThreadDetail: {
            /** @description Del más antiguo al más reciente */
            messages: components["schemas"]["MessageView"][];
            /**
             * Format: uuid
             * @description Para pedir los anteriores: ?before=
             */
            nextBefore: string | null;
            thread: components["schemas"]["ThreadSummary"];
        };
        ThreadSummary: {
            /** @description Quien consulta bloqueó a la otra persona (o esta conversación, si es un seudónimo) */
            blockedByMe: boolean;
            /** Format: uuid */
            id: string;
            /** @description El comienzo del último mensaje, sin formato */
            lastExcerpt: string | null;
            lastMessageAt: string;
            /** @description El último mensaje es de quien consulta */
            lastMine: boolean;
            other: components["schemas"]["MessageContact"];
            /**
             * Format: uuid
             * @description Conversación de asesoría sobre esta pregunta del foro
             */
            questionId: string | null;
            unread: number;
        };
        TokenRequest: {
            token: string;
        };
        TransparencyResponse: {
            recipients: components["schemas"]["RecipientResponse"][];
            replied: number;
            /** @description Respuestas / envíos, de 0 a 1 (0 si no hay envíos) */
            replyRate: number;
            sent: number;
        };
        UnmaskRequest: {
            /** @description Por qué hace falta saber quién es: queda en el registro */
            reason: string;
        };
        UnmaskResponse: {
            displayName: string;
            email: string | null;
            /** Format: uuid */
            userId: string;
        };
        UnreadCount: {
            unread: number;
        };
        UnsubscribeInfo: {
            /** @description Qué correos se dejan de recibir, en el idioma de quien pregunta */
            label: string;
            /** @description Un tipo de aviso, o «digest» para el resumen diario */
            scope: string;
            /** @description Ya no se recibe ese correo */
            unsubscribed: boolean;
        };
        UpdateBlogPostRequest: {
            /** @description Markdown */
            body?: string;
            /** @description false cierra los comentarios */
            commentsOpen?: boolean;
            /** @enum {string} */
            language?: "es" | "en";
            /**
             * @description published la publica; draft la retira
             * @enum {string}
             */
            status?: "draft" | "published";
            tags?: ("regularisation" | "visas" | "residence" | "remittances" | "deportation" | "asylum" | "work" | "family" | "nationality" | "health" | "education" | "return" | "consular" | "trafficking" | "discrimination" | "borders")[];
            /** @description El slug no cambia */
            title?: string;
        };
        UpdateCampaignRequest: {
            asks?: string;
            audiences?: ("ngos" | "families" | "political" | "government" | "students")[];
            /** @description Sustituye la lista (solo la persona responsable o administración) */
            coAdvocates?: string[];
            /** @enum {string} */
            locale?: "es" | "en";
            problem?: string;
            slug?: string;
            /** @enum {string} */
            status?: "draft" | "published" | "closed";
            summary?: string;
            title?: string;
        };
        UpdateClassRequest: {
            capacity?: number;
            endsOn?: string;
            enrolmentOpen?: boolean;
            /** @description null borra el lugar (solo en clases en línea) */
            location?: string | null;
            /** @enum {string} */
            mode?: "online" | "in_person" | "hybrid";
            startsOn?: string;
            timezone?: string;
            title?: string;
        };
        UpdateEditorialRequest: {
            body?: string;
            citations?: components["schemas"]["CitationInput"][];
            /** @enum {string} */
            language?: "es" | "en";
            /** @enum {string} */
            region?: "ecuador" | "spain" | "eu" | "world";
            summary?: string;
            tags?: ("regularisation" | "visas" | "residence" | "remittances" | "deportation" | "asylum" | "work" | "family" | "nationality" | "health" | "education" | "return" | "consular" | "trafficking" | "discrimination" | "borders")[];
            title?: string;
        };
        UpdateMeRequest: {
            /** @description Nombre visible; puede ser un seudónimo */
            displayName?: string;
            /** @enum {string} */
            locale?: "es" | "en";
        };
        UpdateNotificationPreferences: {
            /**
             * @description Correo para «announcement»
             * @enum {string}
             */
            announcement?: "immediately" | "daily" | "never";
            /**
             * @description Correo para «certificate»
             * @enum {string}
             */
            certificate?: "immediately" | "daily" | "never";
            /**
             * @description Correo para «enrolment»
             * @enum {string}
             */
            enrolment?: "immediately" | "daily" | "never";
            /**
             * @description Correo para «forum_answer»
             * @enum {string}
             */
            forum_answer?: "immediately" | "daily" | "never";
            /**
             * @description Correo para «grade»
             * @enum {string}
             */
            grade?: "immediately" | "daily" | "never";
            /**
             * @description Correo para «message»
             * @enum {string}
             */
            message?: "immediately" | "daily" | "never";
        };
        UpdateOfficialRequest: {
            active?: boolean;
            contactUrl?: string | null;
            country?: string;
            email?: string | null;
            institution?: string;
            lastVerifiedOn?: string | null;
            /** @enum {string} */
            level?: "national" | "regional" | "local" | "eu" | "consular" | "ngo" | "international";
            name?: string;
            needsVerification?: boolean;
            notes?: string | null;
            position?: string | null;
            region?: string | null;
            sourceUrl?: string | null;
        };
        UpdateRolesRequest: {
            /** @description El rol learner se mantiene siempre */
            roles: ("learner" | "trainer" | "advocate" | "counsellor" | "editor" | "moderator" | "admin")[];
        };
        UpdateSourceRequest: {
            active?: boolean;
            /** @description Cambiarlo borra el estado de lectura (fallos, validadores) */
            feedUrl?: string | null;
            keywordFilter?: boolean;
            /** @enum {string} */
            language?: "es" | "en";
            name?: string;
            notes?: string | null;
            /** @enum {string} */
            region?: "ecuador" | "spain" | "eu" | "world";
            /** @description true: se vuelve a intentar en la próxima lectura, sin esperar la pausa tras los fallos */
            retryNow?: boolean;
            siteUrl?: string;
            /** @enum {string} */
            tier?: "official" | "established_media" | "civil_society" | "community";
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
        Verification: {
            at: string;
            /** @description Nombre de quien verificó (null si la cuenta ya no existe) */
            name: string | null;
        };
        VersionResponse: {
            authorName: string;
            body: string;
            /** @description El cuerpo en HTML saneado, para la vista previa */
            bodyHtml: string;
            citations: components["schemas"]["CitationResponse"][];
            createdAt: string;
            /** @description Cuándo se envió por primera vez (desde entonces no cambia) */
            frozenAt: string | null;
            /** Format: uuid */
            id: string;
            number: number;
            recommendations: string[];
            summary: string;
            title: string;
        };
        VersionSummary: {
            authorName: string;
            createdAt: string;
            /** @description Cuándo se envió por primera vez (desde entonces no cambia) */
            frozenAt: string | null;
            /** Format: uuid */
            id: string;
            number: number;
            title: string;
        };
        ViewerRights: {
            /** @description Puedes marcar la respuesta aceptada */
            canAccept: boolean;
            canAnswer: boolean;
            canReport: boolean;
            /** @description Eres quien preguntó (solo tú lo ves) */
            mine: boolean;
        };
        WatchedWordRequest: {
            /**
             * @description block: no se publica · review: espera a moderación
             * @enum {string}
             */
            action: "block" | "review";
            word: string;
        };
        WatchedWordResponse: {
            /** @enum {string} */
            action: "block" | "review";
            createdAt: string;
            /** Format: uuid */
            id: string;
            word: string;
        };
        WorkItem: {
            slug: string;
            title: string;
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
    Did_did: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Documento DID (did:web) con todas las claves Multikey del emisor, actuales y retiradas */
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
    Deliveries_followUps: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Envíos de mis campañas que llevan FOLLOW_UP_DAYS días o más sin respuesta */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpItem"][];
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
    Blog_authorAtom: {
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
            /** @description Atom 1.0: las últimas 50 entradas de una persona */
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
    Blog_authorRss: {
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
            /** @description RSS 2.0: las últimas 50 entradas de una persona */
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
    Blog_removeComment: {
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
            /** @description Quien escribió el comentario o la entrada */
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
    Blog_atom: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Atom 1.0: las últimas 50 entradas publicadas */
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
    Blog_rss: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description RSS 2.0: las últimas 50 entradas publicadas */
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
    Blog_list: {
        parameters: {
            query?: {
                /** @description Id de la cuenta autora */
                author?: string;
                lang?: "es" | "en";
                page?: number;
                tag?: "regularisation" | "visas" | "residence" | "remittances" | "deportation" | "asylum" | "work" | "family" | "nationality" | "health" | "education" | "return" | "consular" | "trafficking" | "discrimination" | "borders";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Entradas publicadas, la más reciente primero (?author=<id de cuenta>&tag=&lang=&page=) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlogPostPage"];
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
    Blog_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBlogPostRequest"];
            };
        };
        responses: {
            /** @description Borrador salvo que status sea published */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlogWriteResult"];
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
    Blog_remove: {
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
            /** @description Solo quien la escribió; se borra con sus comentarios */
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
    Blog_update: {
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
                "application/json": components["schemas"]["UpdateBlogPostRequest"];
            };
        };
        responses: {
            /** @description Solo quien la escribió: editar, publicar o retirar, cerrar comentarios */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlogWriteResult"];
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
    Blog_comment: {
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
                "application/json": components["schemas"]["CreateBlogCommentRequest"];
            };
        };
        responses: {
            /** @description En entradas publicadas con los comentarios abiertos */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlogCommentResult"];
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
    Blog_detail: {
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
            /** @description Con sus comentarios visibles; un borrador solo existe para quien lo escribe */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlogPostDetail"];
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
    Blog_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tus borradores y entradas; solo para ti */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MineBlogPost"][];
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
    Briefs_get: {
        parameters: {
            query?: {
                /** @description Número de versión; por defecto, la última */
                version?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description El informe en su última versión (o la indicada con ?version=) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BriefResponse"];
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
    Briefs_save: {
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
                "application/json": components["schemas"]["BriefContentRequest"];
            };
        };
        responses: {
            /** @description Guarda una versión nueva (si el contenido cambia); las anteriores no cambian */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BriefResponse"];
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
    Briefs_deliveries: {
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
            /** @description Todos los envíos del informe y el estado de cada correo */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BriefDeliveriesResponse"];
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
    Briefs_pdf: {
        parameters: {
            query?: {
                /** @description Número de versión; por defecto, la última */
                version?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description El informe en PDF: tal como se envió si la versión ya se envió; si no, con las firmas de hoy */
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
    Briefs_createSend: {
        parameters: {
            query?: {
                /** @description true: no envía nada; muestra cada correo tal como saldría */
                dryRun?: "true" | "false";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSendRequest"];
            };
        };
        responses: {
            /** @description Con ?dryRun=true, la vista previa de cada correo; sin él, los envíos quedan en cola */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendCreated"];
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
    Briefs_versions: {
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
            /** @description Versiones, la más reciente primero */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionSummary"][];
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
    Campaigns_list: {
        parameters: {
            query?: {
                /** @description Sin indicar: abiertas y cerradas */
                status?: "published" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Campañas publicadas (abiertas y cerradas), las abiertas primero */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignSummary"][];
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
    Campaigns_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCampaignRequest"];
            };
        };
        responses: {
            /** @description Se crea como borrador */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDetail"];
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
    Campaigns_update: {
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
                "application/json": components["schemas"]["UpdateCampaignRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDetail"];
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
    Campaigns_createBrief: {
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
                "application/json": components["schemas"]["CreateBriefRequest"];
            };
        };
        responses: {
            /** @description Crea el informe con su versión 1 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BriefResponse"];
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
    Campaigns_get: {
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
            /** @description Una campaña publicada o cerrada (un borrador solo para quien la lleva), con quién recibió el informe y quién respondió */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDetail"];
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
    Campaigns_signaturesList: {
        parameters: {
            query?: {
                page?: number;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Firmas confirmadas: el total, y nombre, ciudad y organización de quien eligió mostrarlos. Nunca correos. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignaturesPage"];
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
    Campaigns_sign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignRequest"];
            };
        };
        responses: {
            /** @description Se envía un correo para confirmar la firma (doble confirmación). La respuesta es la misma si ese correo ya había firmado. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignatureAccepted"];
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
    Campaigns_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Las campañas que llevo (administración: todas), también borradores */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignSummary"][];
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
    Certificates_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Verificación: lo que dice el certificado y si sigue siendo válido */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateResponse"];
                };
            };
            /** @description Ningún certificado tiene ese código */
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
    Certificates_credential: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OpenBadgeCredential (VC 2.0 + Open Badges 3.0) con prueba Data Integrity eddsa-rdfc-2022 */
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
    Certificates_pdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description El certificado en PDF (A4 apaisado, con QR y la credencial firmada dentro) */
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
    Certificates_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeRequest"];
            };
        };
        responses: {
            /** @description Revocado: la lista de estado publicada cambia y se avisa a la persona titular */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagedCertificate"];
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
                /** @description true: solo las clases que no han terminado */
                upcoming?: "true" | "false";
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
            /** @description Los enlaces de las sesiones (meetingUrl) solo se muestran a quien participa en la clase o la gestiona */
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
    ClassActivity_announcements: {
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
                    "application/json": components["schemas"]["AnnouncementResponse"][];
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
    ClassActivity_announce: {
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
                "application/json": components["schemas"]["AnnouncementRequest"];
            };
        };
        responses: {
            /** @description Se publica y se envía por correo a la clase */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnouncementResponse"];
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
    Learning_assignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
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
                    "application/json": components["schemas"]["AssignmentResponse"];
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
    Learning_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionResponse"];
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
    ClassCertificates_list: {
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
                    "application/json": components["schemas"]["ClassCertificatesResponse"];
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
    ClassCertificates_issue: {
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
            /** @description Emite los certificados de toda la clase en segundo plano; sigue la tarea con GET …/jobs/:jobId */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchResponse"];
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
    ClassCertificates_job: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                jobId: string;
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
                    "application/json": components["schemas"]["BatchResponse"];
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
    Chat_room: {
        parameters: {
            query?: {
                /** @description Mensajes anteriores a este número (página anterior) */
                before?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description La última página del chat, o la anterior a `before` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatRoomView"];
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
    Chat_post: {
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
                "application/json": components["schemas"]["PostChatMessageRequest"];
            };
        };
        responses: {
            /** @description Llega también en directo a quien esté conectado */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatMessageDto"];
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
    Chat_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                seq: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Solo quien imparte la clase; el mensaje queda como «borrado» */
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
    Chat_mute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Solo quien imparte la clase: la persona podrá leer, no escribir */
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
    Chat_unmute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Solo quien imparte la clase */
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
    Enrolments_enrol: {
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
                "application/json": components["schemas"]["EnrolRequest"];
            };
        };
        responses: {
            /** @description Ya estaba inscrita o en espera: la misma inscripción */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentResponse"];
                };
            };
            /** @description Inscrita (active) o en lista de espera (waitlisted). 200 si ya lo estaba. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentResponse"];
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
    Learning_lesson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                lessonSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Solo personas inscritas y quien gestiona la clase */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LessonResponse"];
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
    Enrolments_membership: {
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
                    "application/json": components["schemas"]["ClassMembershipResponse"];
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
    Learning_quiz: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                quizSlug: string;
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
                    "application/json": components["schemas"]["QuizResponse"];
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
    Learning_attempt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                quizSlug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttemptRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttemptResult"];
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
    ClassActivity_roster: {
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
                    "application/json": components["schemas"]["RosterResponse"];
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
    ClassActivity_attendance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                sessionId: string;
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
                    "application/json": components["schemas"]["AttendanceResponse"];
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
    ClassActivity_takeAttendance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttendanceRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceResponse"];
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
    Learning_queue: {
        parameters: {
            query?: {
                /** @description Por defecto, las pendientes */
                status?: "pending" | "passed" | "failed";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cola de corrección de la clase */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GradingItem"][];
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
    StatusLists_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                n: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description BitstringStatusListCredential firmada; el bit de cada certificado revocado vale 1 */
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
    Deliveries_reply: {
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
                "application/json": components["schemas"]["CreateReplyRequest"];
            };
        };
        responses: {
            /** @description Registra una respuesta; el envío pasa a «respondido» */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryResponse"];
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
    Deliveries_retry: {
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
            /** @description Vuelve a poner en cola un correo fallido o rebotado (a la dirección actual de la autoridad) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryResponse"];
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
    Enrolments_detail: {
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
            /** @description Para la persona inscrita y para quien gestiona la clase */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentDetailResponse"];
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
    Enrolments_end: {
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
            /** @description La persona se da de baja (withdrawn) o quien gestiona la clase la quita (removed) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentResponse"];
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
    Learning_completeLesson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                lessonSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressResponse"];
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
    Learning_grantAttempt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                quizSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Un intento más para esta persona (su formador/a o administración) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuizAllowance"];
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
    Forum_accept: {
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
            /** @description Quien preguntó, una persona asesora o moderación */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionDetail"];
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
    Forum_categories: {
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
                    "application/json": components["schemas"]["CategoryResponse"][];
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
    ForumModeration_list: {
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
                    "application/json": components["schemas"]["CounsellorResponse"][];
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
    ForumModeration_credential: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CredentialRequest"];
            };
        };
        responses: {
            /** @description La línea de credencial (colegio y número, u organización); null la retira */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounsellorResponse"];
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
    ForumModeration_metrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tiempo hasta la primera respuesta de una persona asesora, por categoría (90 días) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForumMetrics"];
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
    ForumModeration_queue: {
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
                    "application/json": components["schemas"]["ModerationQueue"];
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
    ForumModeration_remove: {
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
                "application/json": components["schemas"]["ReasonRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModerationPost"];
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
    ForumModeration_hide: {
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
                "application/json": components["schemas"]["ReasonRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModerationPost"];
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
    ForumModeration_lock: {
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
                "application/json": components["schemas"]["OptionalReasonRequest"];
            };
        };
        responses: {
            /** @description Cierra una pregunta: no admite más respuestas */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModerationPost"];
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
    ForumModeration_report: {
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
                "application/json": components["schemas"]["ReportRequest"];
            };
        };
        responses: {
            /** @description Una denuncia por persona y publicación; con tres abiertas se oculta hasta que moderación la revise */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportResult"];
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
    ForumModeration_restore: {
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
                "application/json": components["schemas"]["OptionalReasonRequest"];
            };
        };
        responses: {
            /** @description La muestra (también una retenida por una palabra vigilada) y cierra sus denuncias */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModerationPost"];
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
    ForumModeration_suspend: {
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
                "application/json": components["schemas"]["SuspendRequest"];
            };
        };
        responses: {
            /** @description Quien la escribió no podrá publicar durante esos días; no se revela quién es */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuspendResult"];
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
    ForumModeration_unlock: {
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
                "application/json": components["schemas"]["OptionalReasonRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModerationPost"];
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
    Forum_list: {
        parameters: {
            query?: {
                /** @description Slug de la categoría */
                category?: string;
                country?: "ES" | "EC" | "other";
                page?: number;
                /** @description Búsqueda en español (sin importar tildes) */
                q?: string;
                status?: "open" | "answered" | "resolved" | "locked";
                tag?: "regularisation" | "visas" | "residence" | "remittances" | "deportation" | "asylum" | "work" | "family" | "nationality" | "health" | "education" | "return" | "consular" | "trafficking" | "discrimination" | "borders";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Preguntas visibles, con actividad más reciente primero (o por relevancia al buscar) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionPage"];
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
    Forum_ask: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AskQuestionRequest"];
            };
        };
        responses: {
            /** @description outcome «preview»: se ocultaron datos personales y no se guardó nada; reenvía con confirm: true */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostResult"];
                };
            };
            /** @description outcome «published» o «held» (pendiente de moderación) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostResult"];
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
    Forum_detail: {
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
                    "application/json": components["schemas"]["QuestionDetail"];
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
    Forum_answer: {
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
                "application/json": components["schemas"]["AnswerRequest"];
            };
        };
        responses: {
            /** @description outcome «preview»: se ocultaron datos personales y no se guardó nada */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostResult"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostResult"];
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
    ForumModeration_claim: {
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
            /** @description La pregunta queda reservada 24 horas para ti */
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
    ForumModeration_release: {
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
    ForumModeration_unmask: {
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
                "application/json": components["schemas"]["UnmaskRequest"];
            };
        };
        responses: {
            /** @description Quién hizo una pregunta anónima; queda registrado quién lo pidió, cuándo y por qué */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnmaskResponse"];
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
    Forum_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tus preguntas, también las anónimas y las retenidas; solo para ti */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MineQuestion"][];
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
    ForumModeration_counsellorQueue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Preguntas sin respuesta de una persona asesora, la más antigua primero */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueItem"][];
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
    ForumModeration_addWord: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WatchedWordRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WatchedWordResponse"];
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
    ForumModeration_removeWord: {
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
    Legal_comparisonPdf: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description La comparativa completa en PDF: portada, índice, todos los temas con sus citas, fuentes y fechas de comprobación */
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
    Legal_matrix: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cada tema en una fila, con una respuesta corta y citada para Ecuador y para España */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalMatrix"];
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
    Legal_search: {
        parameters: {
            query: {
                /** @description Palabras a buscar, con o sin tildes; "entre comillas" para una frase, -palabra para excluir */
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Búsqueda en español sobre todos los temas, con o sin tildes, con fragmentos resaltados */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalSearchResult"];
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
    Legal_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Solo estos temas, en este orden */
                slugs?: string;
                /** @description Temas que comparten alguna de estas etiquetas, los que más comparten primero */
                tags?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Los temas de la comparativa, en orden; con `tags`, los que comparten etiquetas (los que más, primero) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalTopicSummary"][];
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
    Legal_topic: {
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
                    "application/json": components["schemas"]["LegalTopicDetail"];
                };
            };
            /** @description No existe ese tema */
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
    Legal_topicPdf: {
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
            /** @description Un tema en PDF, con sus citas y fuentes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No existe ese tema */
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
    MyCertificates_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Mis certificados, los más recientes primero */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagedCertificate"][];
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
    Enrolments_teaching: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Las clases que imparte quien llama */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeachingClassResponse"][];
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
    Enrolments_mine: {
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
                    "application/json": components["schemas"]["MyEnrolmentResponse"][];
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
    Messages_send: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendMessageRequest"];
            };
        };
        responses: {
            /** @description Crea la conversación o sigue la que ya existe */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendMessageResult"];
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
    Messages_blocks: {
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
                    "application/json": components["schemas"]["BlockView"][];
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
    Messages_block: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BlockRequest"];
            };
        };
        responses: {
            /** @description Ninguna de las dos personas podrá escribir a la otra */
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
    Messages_unblock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
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
    Messages_contact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A quién se va a escribir: su nombre y la conversación que ya compartís */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactView"];
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
    Messages_settings: {
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
                    "application/json": components["schemas"]["MessageSettingsView"];
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
    Messages_updateSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageSettingsView"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageSettingsView"];
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
    Messages_threads: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Las propias, la de actividad más reciente primero */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThreadSummary"][];
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
    Messages_thread: {
        parameters: {
            query?: {
                /** @description Mensajes anteriores a este */
                before?: string;
                /** @description Cuántos mensajes por página */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Solo sus dos miembros; la marca como leída */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThreadDetail"];
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
    Messages_blockThread: {
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
            /** @description Bloquea a la otra persona; si es un seudónimo, cierra esta conversación en los dos sentidos sin revelar la cuenta */
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
    Messages_unblockThread: {
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
    Messages_unreadCount: {
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
                    "application/json": components["schemas"]["UnreadCount"];
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
    News_list: {
        parameters: {
            query?: {
                page?: number;
                /** @description Búsqueda en español (sin importar tildes) */
                q?: string;
                region?: "ecuador" | "spain" | "eu" | "world";
                source?: string;
                tag?: "regularisation" | "visas" | "residence" | "remittances" | "deportation" | "asylum" | "work" | "family" | "nationality" | "health" | "education" | "return" | "consular" | "trafficking" | "discrimination" | "borders";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Noticias publicadas, una por historia, las más recientes primero */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewsPage"];
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
    News_detail: {
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
                    "application/json": components["schemas"]["NewsDetail"];
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
    News_editorialList: {
        parameters: {
            query?: {
                status?: "draft" | "in_review" | "published";
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
                    "application/json": components["schemas"]["EditorialResponse"][];
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
    News_createEditorial: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditorialContent"];
            };
        };
        responses: {
            /** @description Se crea como borrador */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditorialResponse"];
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
    News_getEditorial: {
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
                    "application/json": components["schemas"]["EditorialResponse"];
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
    News_updateEditorial: {
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
                "application/json": components["schemas"]["UpdateEditorialRequest"];
            };
        };
        responses: {
            /** @description Solo borradores y noticias en revisión; una publicada se corrige */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditorialResponse"];
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
    News_correct: {
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
                "application/json": components["schemas"]["CorrectionRequest"];
            };
        };
        responses: {
            /** @description Añade una corrección visible a una noticia publicada */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditorialResponse"];
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
    News_sendBack: {
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
                "application/json": components["schemas"]["ReturnRequest"];
            };
        };
        responses: {
            /** @description En revisión → borrador, con lo que hay que cambiar */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditorialResponse"];
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
    News_submit: {
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
            /** @description Borrador → en revisión */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditorialResponse"];
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
    News_verify: {
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
            /** @description Otra persona editora la verifica y queda publicada */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditorialResponse"];
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
    News_atom: {
        parameters: {
            query?: {
                region?: "ecuador" | "spain" | "eu" | "world";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Atom 1.0: las últimas 50 noticias (?region=) */
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
    News_json: {
        parameters: {
            query?: {
                region?: "ecuador" | "spain" | "eu" | "world";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON Feed 1.1: las últimas 50 noticias (?region=) */
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
    News_rss: {
        parameters: {
            query?: {
                region?: "ecuador" | "spain" | "eu" | "world";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description RSS 2.0: las últimas 50 noticias (?region=) */
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
    News_ingest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lee ahora todas las fuentes activas (las que están en pausa tras fallos esperan su turno) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IngestReportResponse"];
                };
            };
            /** @description Ya hay una lectura en marcha */
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
    News_runs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Las últimas 20 lecturas */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IngestRunSummary"][];
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
    News_sources: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Todas las fuentes con su estado de lectura; las que fallan, primero */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceResponse"][];
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
    News_createSource: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSourceRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceResponse"];
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
    News_source: {
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
                    "application/json": components["schemas"]["SourceResponse"];
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
    News_updateSource: {
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
                "application/json": components["schemas"]["UpdateSourceRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceResponse"];
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
    News_publicSources: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Las fuentes y su nivel de fiabilidad, para cualquiera */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicSourceResponse"][];
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
    Notifications_list: {
        parameters: {
            query?: {
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tus avisos, los más recientes primero */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
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
    Notifications_read: {
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
                    "application/json": components["schemas"]["UnreadCount"];
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
    Notifications_preferences: {
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
                    "application/json": components["schemas"]["NotificationPreferences"];
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
    Notifications_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateNotificationPreferences"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferences"];
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
    Notifications_readAll: {
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
                    "application/json": components["schemas"]["UnreadCount"];
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
    Notifications_unread: {
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
                    "application/json": components["schemas"]["UnreadCount"];
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
    Notifications_unsubscribeInfo: {
        parameters: {
            query: {
                /** @description El código del enlace del correo */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Qué correos apaga el enlace; no cambia nada (los filtros de correo siguen enlaces) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsubscribeInfo"];
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
    Notifications_unsubscribe: {
        parameters: {
            query: {
                /** @description El código del enlace del correo */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description RFC 8058: `List-Unsubscribe=One-Click` (o sin cuerpo; lo que cuenta es el código de la URL) */
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @enum {string} */
                    "List-Unsubscribe"?: "One-Click";
                };
                "multipart/form-data": {
                    /** @enum {string} */
                    "List-Unsubscribe"?: "One-Click";
                };
            };
        };
        responses: {
            /** @description Ese tipo de correo pasa a «nunca»; los avisos siguen en Puente */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsubscribeInfo"];
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
    Officials_list: {
        parameters: {
            query?: {
                /** @description Por defecto, solo los activos */
                active?: "true" | "false" | "all";
                country?: string;
                /** @description Institución (exacta, sin distinguir mayúsculas) */
                institution?: string;
                level?: "national" | "regional" | "local" | "eu" | "consular" | "ngo" | "international";
                page?: number;
                pageSize?: number;
                /** @description Busca en nombre, cargo, institución y lugar */
                q?: string;
                /** @description true: solo los que tienen correo (a quienes se puede enviar) */
                sendable?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Directorio de autoridades e instituciones (por defecto, solo las activas) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficialsPage"];
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
    Officials_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOfficialRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficialResponse"];
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
    Officials_get: {
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
                    "application/json": components["schemas"]["OfficialResponse"];
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
    Officials_update: {
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
                "application/json": components["schemas"]["UpdateOfficialRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficialResponse"];
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
    Officials_import: {
        parameters: {
            query?: {
                /** @description true: solo comprueba y muestra qué pasaría */
                dryRun?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportOfficialsRequest"];
            };
        };
        responses: {
            /** @description Con ?dryRun=true no guarda nada. Si hay filas con errores, no guarda nada salvo que se pida importar las válidas. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
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
    Deliveries_send: {
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
            /** @description Progreso de un envío y el estado de cada correo */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendResponse"];
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
    Signatures_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignatureTokenRequest"];
            };
        };
        responses: {
            /** @description Confirma la firma con el código del correo */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignatureResult"];
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
    Signatures_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignatureTokenRequest"];
            };
        };
        responses: {
            /** @description Retira (borra) la firma con el código del correo */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignatureResult"];
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
    Learning_grade: {
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
                "application/json": components["schemas"]["GradeRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionResponse"];
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
