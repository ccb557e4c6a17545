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
        return migrator
    }
}
