import GRDB

/// The tables of the embedded service, as GRDB migrations: each runs once per database.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: registry, captcha, applications, confirmation, attempts") { db in
            // The registry (the RENAPO role). `nss` is UNIQUE: never two people with one number.
            try db.execute(sql: """
                CREATE TABLE person (
                    id INTEGER PRIMARY KEY,
                    curp TEXT NOT NULL UNIQUE,
                    given_names TEXT NOT NULL,
                    first_surname TEXT,
                    second_surname TEXT,
                    sex TEXT NOT NULL,
                    birth_date TEXT NOT NULL,
                    birth_state TEXT NOT NULL,
                    nss TEXT UNIQUE,
                    name_key TEXT NOT NULL
                );
                CREATE INDEX person_lookup ON person(name_key, birth_date, sex, birth_state);

                CREATE TABLE captcha (
                    id TEXT PRIMARY KEY,
                    answer TEXT NOT NULL,
                    expires_at REAL NOT NULL,
                    used INTEGER NOT NULL DEFAULT 0
                );

                CREATE TABLE application (
                    id TEXT PRIMARY KEY,
                    curp TEXT NOT NULL REFERENCES person(curp),
                    email TEXT NOT NULL,
                    created_at REAL NOT NULL,
                    confirmed_at REAL,
                    started_at REAL,
                    nss TEXT,
                    kind TEXT,
                    folio TEXT UNIQUE,
                    finished_at REAL,
                    result_mailed INTEGER NOT NULL DEFAULT 0
                );
                CREATE INDEX application_curp ON application(curp);

                CREATE TABLE confirmation_secret (
                    id INTEGER PRIMARY KEY,
                    application_id TEXT NOT NULL REFERENCES application(id) ON DELETE CASCADE,
                    token_digest TEXT NOT NULL UNIQUE,
                    code_digest TEXT NOT NULL,
                    issued_at REAL NOT NULL,
                    expires_at REAL NOT NULL,
                    code_attempts_left INTEGER NOT NULL,
                    carries_link INTEGER NOT NULL,
                    superseded INTEGER NOT NULL DEFAULT 0
                );
                CREATE INDEX confirmation_secret_application ON confirmation_secret(application_id);

                CREATE TABLE attempt (
                    kind TEXT NOT NULL,
                    subject TEXT NOT NULL,
                    at REAL NOT NULL
                );
                CREATE INDEX attempt_lookup ON attempt(kind, subject, at);
                """)
        }
        migrator.registerMigration("v2: sealed records of finished procedures") { db in
            // One sealed record per folio, made once when Paso 2 finishes: the documents are rendered from
            // it ever after. Both keys are unique, so no folio and no application ever gets a second record.
            try db.execute(sql: """
                CREATE TABLE sealed_record (
                    folio TEXT PRIMARY KEY REFERENCES application(folio),
                    application_id TEXT NOT NULL UNIQUE REFERENCES application(id) ON DELETE CASCADE,
                    record TEXT NOT NULL,
                    sealed_at REAL NOT NULL
                );
                """)
        }
        migrator.registerMigration("v3: the email associated with each CURP, and its changes") { db in
            // A CURP's procedures go to its first confirmed email; only staff change it, and every change
            // is recorded (who, when, why; the addresses masked). Earlier confirmed applications seed it.
            try db.execute(sql: """
                CREATE TABLE curp_email (
                    curp TEXT PRIMARY KEY REFERENCES person(curp),
                    email TEXT NOT NULL,
                    bound_at REAL NOT NULL
                );
                INSERT OR IGNORE INTO curp_email (curp, email, bound_at)
                    SELECT curp, email, MIN(confirmed_at) FROM application WHERE confirmed_at IS NOT NULL GROUP BY curp;
                CREATE TABLE curp_email_change (
                    id INTEGER PRIMARY KEY,
                    curp TEXT NOT NULL REFERENCES person(curp),
                    changed_at REAL NOT NULL,
                    staff TEXT NOT NULL,
                    reason TEXT NOT NULL,
                    previous_masked TEXT,
                    new_masked TEXT NOT NULL
                );
                """)
        }
        migrator.registerMigration("v4: mail jobs") { db in
            // Every email is a job, enqueued in the transaction that makes its fact and marked done only
            // once the message is whole in the outbox or taken by sendmail. `message` holds the rendered
            // confirmation (its code exists nowhere else in clear) until it is delivered; result emails are
            // rendered again from the sealed record. `claim_owner`/`claim_until` are the lease one process
            // takes, in one UPDATE, before delivering. `last_error` never holds personal data.
            try db.execute(sql: """
                CREATE TABLE mail_job (
                    id INTEGER PRIMARY KEY,
                    application_id TEXT NOT NULL REFERENCES application(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL,
                    delivery_key TEXT NOT NULL UNIQUE,
                    message BLOB,
                    state TEXT NOT NULL DEFAULT 'pending',
                    created_at REAL NOT NULL,
                    attempts INTEGER NOT NULL DEFAULT 0,
                    next_attempt_at REAL NOT NULL,
                    last_error TEXT,
                    claim_owner TEXT,
                    claim_until REAL,
                    done_at REAL
                );
                CREATE INDEX mail_job_due ON mail_job(state, next_attempt_at);
                CREATE INDEX mail_job_application ON mail_job(application_id, kind);
                """)
            // Results finished before jobs existed and never mailed get their job now.
            try db.execute(sql: """
                INSERT INTO mail_job (application_id, kind, delivery_key, created_at, next_attempt_at)
                SELECT id, 'resultado', lower(hex(randomblob(12))), finished_at, finished_at
                FROM application WHERE folio IS NOT NULL AND result_mailed = 0
                """)
        }
        migrator.registerMigration("v5: captcha kinds") { db in
            // The accessible captcha beside the picture: its answer is compared by its own rule. Captchas
            // issued before were all pictures.
            try db.execute(sql: "ALTER TABLE captcha ADD COLUMN kind TEXT NOT NULL DEFAULT 'picture'")
        }
        migrator.registerMigration("v6: audit log") { db in
            // What happened to each procedure, where and when, for an auditor: no CURP, name, email or NSS
            // (the application is named by its random id, and by its folio once it has one). No foreign
            // key: the lines outlive the applications that `purge` removes.
            try db.execute(sql: """
                CREATE TABLE audit_event (
                    id INTEGER PRIMARY KEY,
                    at REAL NOT NULL,
                    terminal TEXT NOT NULL,
                    application_id TEXT,
                    folio TEXT,
                    step TEXT NOT NULL,
                    outcome TEXT NOT NULL
                );
                CREATE INDEX audit_event_at ON audit_event(at);
                """)
        }
        migrator.registerMigration("v7: who opened each application, and where it stopped") { db in
            // The Unix account and host that submitted the application, and its terminal (the audit log's
            // name): `nss-kiosk --resume` offers an application only to the same account on the same host.
            // A kiosk records none of them: its applications are never offered. `progress` is the last
            // screen without a call the person reached (Paso 2, the documents); `left_at`, when they left
            // it on purpose (Salir, Terminar, the idle wipe, «Cambiar correo»).
            try db.execute(sql: """
                ALTER TABLE application ADD COLUMN opened_host TEXT;
                ALTER TABLE application ADD COLUMN opened_account TEXT;
                ALTER TABLE application ADD COLUMN opened_terminal TEXT;
                ALTER TABLE application ADD COLUMN progress TEXT;
                ALTER TABLE application ADD COLUMN left_at REAL;
                CREATE INDEX application_opener ON application(opened_account, opened_host, created_at);
                """)
        }
        migrator.registerMigration("v8: answers kept by idempotency key") { db in
            // The office server's answer to a call that must not run twice, kept under the key its terminal
            // sent, so a repeat (after a lost answer) gets the same answer. `owner` and `lease_until` mark a
            // call still running; rows are dropped an hour after they were made.
            try db.execute(sql: """
                CREATE TABLE idempotent_call (
                    terminal TEXT NOT NULL,
                    key TEXT NOT NULL,
                    call TEXT NOT NULL,
                    fingerprint TEXT NOT NULL,
                    created_at REAL NOT NULL,
                    owner TEXT,
                    lease_until REAL,
                    status INTEGER,
                    answer BLOB,
                    PRIMARY KEY (terminal, key)
                );
                CREATE INDEX idempotent_call_created ON idempotent_call(created_at);
                """)
        }
        migrator.registerMigration("v9: one-time links to the documents") { db in
            // «Llevar a mi teléfono»: a link per document, kept by the SHA-256 of its token (a copy of the
            // database opens no document), good until `expires_at` and for one download (`used_at`).
            try db.execute(sql: """
                CREATE TABLE document_link (
                    token_digest TEXT PRIMARY KEY,
                    application_id TEXT NOT NULL REFERENCES application(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL,
                    created_at REAL NOT NULL,
                    expires_at REAL NOT NULL,
                    used_at REAL
                );
                CREATE INDEX document_link_application ON document_link(application_id);
                """)
        }
        migrator.registerMigration("v10: the language of each application") { db in
            // The catalogue code of the language the person was reading when they submitted (`en`): their
            // emails are written in it. Applications made before were all in Spanish.
            try db.execute(sql: "ALTER TABLE application ADD COLUMN language TEXT NOT NULL DEFAULT 'es'")
        }
        return migrator
    }
}
