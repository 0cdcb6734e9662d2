//! Schema parity: both backends migrate to the same tables, columns, indexes and keys.

use std::collections::{BTreeMap, BTreeSet};

use braid_store::DatabaseLocation;

/// A schema as both backends can describe it: each table's columns (kind of type, nullable),
/// its indexes other than the primary key (unique?, columns; an expression is `expr`) and its
/// foreign keys (column, table, column, what deleting does).
type Columns = BTreeMap<String, (&'static str, bool)>;
type Indexes = BTreeSet<(bool, String)>;
type ForeignKeys = BTreeSet<(String, String, String, String)>;
type Schema = BTreeMap<String, (Columns, Indexes, ForeignKeys)>;

/// The kind of a column's declared type, as the store's portable types map it (DESIGN §3).
fn kind_of(declared: &str) -> &'static str {
    match declared.to_ascii_lowercase().as_str() {
        "integer" | "bigint" | "int" | "int8" | "smallint" => "integer",
        "text" | "character varying" | "varchar" => "text",
        "blob" | "bytea" => "bytes",
        "real" | "double precision" => "real",
        "boolean" => "boolean",
        _ => "other",
    }
}

async fn sqlite_schema(path: &std::path::Path) -> Schema {
    use sqlx::Connection;
    let mut db = sqlx::SqliteConnection::connect(&format!("sqlite://{}", path.display()))
        .await
        .unwrap();
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
         AND name NOT LIKE '\\_sqlx%' ESCAPE '\\' ORDER BY name",
    )
    .fetch_all(&mut db)
    .await
    .unwrap();
    let mut schema = Schema::new();
    for table in tables {
        let columns: Vec<(String, String, i64)> =
            sqlx::query_as("SELECT name, type, \"notnull\" FROM pragma_table_info($1)")
                .bind(&table)
                .fetch_all(&mut db)
                .await
                .unwrap();
        let columns = columns
            .into_iter()
            .map(|(name, declared, not_null)| (name, (kind_of(&declared), not_null == 0)))
            .collect();
        let list: Vec<(String, i64, String)> =
            sqlx::query_as("SELECT name, \"unique\", origin FROM pragma_index_list($1)")
                .bind(&table)
                .fetch_all(&mut db)
                .await
                .unwrap();
        let mut indexes = Indexes::new();
        for (name, unique, origin) in list {
            if origin == "pk" {
                continue;
            }
            let parts: Vec<Option<String>> =
                sqlx::query_scalar("SELECT name FROM pragma_index_info($1) ORDER BY seqno")
                    .bind(&name)
                    .fetch_all(&mut db)
                    .await
                    .unwrap();
            let parts: Vec<String> = parts
                .into_iter()
                .map(|part| part.unwrap_or_else(|| "expr".to_owned()))
                .collect();
            indexes.insert((unique == 1, parts.join(",")));
        }
        let keys: Vec<(String, String, String, String)> = sqlx::query_as(
            "SELECT \"from\", \"table\", \"to\", on_delete FROM pragma_foreign_key_list($1)",
        )
        .bind(&table)
        .fetch_all(&mut db)
        .await
        .unwrap();
        schema.insert(table, (columns, indexes, keys.into_iter().collect()));
    }
    schema
}

async fn postgres_schema(url: &str) -> Schema {
    use sqlx::Connection;
    let mut db = sqlx::PgConnection::connect(url).await.unwrap();
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT table_name::text FROM information_schema.tables \
         WHERE table_schema = 'public' AND table_type = 'BASE TABLE' \
         AND table_name NOT LIKE '\\_sqlx%' ORDER BY 1",
    )
    .fetch_all(&mut db)
    .await
    .unwrap();
    let mut schema = Schema::new();
    for table in tables {
        let columns: Vec<(String, String, String)> = sqlx::query_as(
            "SELECT column_name::text, data_type::text, is_nullable::text \
             FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1",
        )
        .bind(&table)
        .fetch_all(&mut db)
        .await
        .unwrap();
        let columns = columns
            .into_iter()
            .map(|(name, declared, nullable)| (name, (kind_of(&declared), nullable == "YES")))
            .collect();
        let list: Vec<(bool, String)> = sqlx::query_as(
            "SELECT ix.indisunique, array_to_string(ARRAY( \
                 SELECT COALESCE(a.attname::text, 'expr') FROM unnest(ix.indkey) WITH ORDINALITY AS k(num, at) \
                 LEFT JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.num \
                 ORDER BY k.at), ',') \
             FROM pg_index ix JOIN pg_class t ON t.oid = ix.indrelid \
             WHERE t.relname = $1 AND NOT ix.indisprimary",
        )
        .bind(&table)
        .fetch_all(&mut db)
        .await
        .unwrap();
        let keys: Vec<(String, String, String, String)> = sqlx::query_as(
            "SELECT a.attname::text, r.relname::text, fa.attname::text, \
                    CASE c.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' \
                      WHEN 'r' THEN 'RESTRICT' WHEN 'd' THEN 'SET DEFAULT' ELSE 'NO ACTION' END \
             FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid \
             JOIN pg_class r ON r.oid = c.confrelid \
             JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] \
             JOIN pg_attribute fa ON fa.attrelid = c.confrelid AND fa.attnum = c.confkey[1] \
             WHERE c.contype = 'f' AND t.relname = $1",
        )
        .bind(&table)
        .fetch_all(&mut db)
        .await
        .unwrap();
        schema.insert(
            table,
            (
                columns,
                list.into_iter().collect(),
                keys.into_iter().collect(),
            ),
        );
    }
    schema
}

#[tokio::test]
async fn both_backends_migrate_to_the_same_tables_columns_indexes_and_keys() {
    // Issue 28, point 7: SQLite and PostgreSQL must not drift apart.
    let mut schemas = Vec::new();
    for backend in braid_store::testing::backends() {
        let db = braid_store::testing::TestDatabase::create(backend).await;
        let store = db.open_store().await;
        store.close().await;
        schemas.push(match &db.location {
            DatabaseLocation::SqliteFile(path) => sqlite_schema(path).await,
            DatabaseLocation::Postgres(url) => postgres_schema(url).await,
        });
    }
    // What is read is what the migrations say, on each backend (the comparison below would
    // pass on two empty readings).
    for schema in &schemas {
        assert!(schema.len() > 15, "{} tables", schema.len());
        let (columns, indexes, keys) = &schema["attachments"];
        assert_eq!(columns["approved_at"], ("integer", true));
        assert_eq!(columns["public_id"], ("text", false));
        assert!(indexes.contains(&(true, "public_id".to_owned())));
        assert!(keys.contains(&(
            "page_id".to_owned(),
            "pages".to_owned(),
            "id".to_owned(),
            "CASCADE".to_owned()
        )));
        assert!(schema["page_links"].1.contains(&(false, "expr".to_owned())));
    }
    let sqlite = &schemas[0];
    let Some(postgres) = schemas.get(1) else {
        eprintln!("no PostgreSQL configured: only SQLite's schema was read");
        return;
    };
    assert_eq!(
        sqlite.keys().collect::<Vec<_>>(),
        postgres.keys().collect::<Vec<_>>(),
        "tables"
    );
    for (table, (columns, indexes, keys)) in sqlite {
        let (pg_columns, pg_indexes, pg_keys) = &postgres[table];
        assert_eq!(columns, pg_columns, "columns of {table}");
        assert_eq!(indexes, pg_indexes, "indexes of {table}");
        assert_eq!(keys, pg_keys, "foreign keys of {table}");
    }
}
