#include "Schema.hpp"

namespace shopcast::storage {

const QList<Migration> &Schema::migrations()
{
    static const QList<Migration> steps{
        {1, "catalog",
         "CREATE TABLE products ("
         " id INTEGER PRIMARY KEY,"
         " sku TEXT NOT NULL UNIQUE,"
         " title TEXT NOT NULL,"
         " price_cents INTEGER NOT NULL CHECK (price_cents >= 0),"
         " promo_price_cents INTEGER CHECK (promo_price_cents >= 0),"
         " currency TEXT NOT NULL DEFAULT 'CNY',"
         " stock INTEGER,"
         " image TEXT NOT NULL DEFAULT '',"
         " selling_points TEXT NOT NULL DEFAULT '[]',"
         " script TEXT NOT NULL DEFAULT '',"
         " tags TEXT NOT NULL DEFAULT '[]',"
         " url TEXT NOT NULL DEFAULT '',"
         " created_at TEXT NOT NULL,"
         " updated_at TEXT NOT NULL);"
         "CREATE TABLE product_history ("
         " id INTEGER PRIMARY KEY,"
         " product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,"
         " changed_at TEXT NOT NULL,"
         " source TEXT NOT NULL,"
         " before_json TEXT NOT NULL);"
         "CREATE INDEX product_history_product ON product_history(product_id);"},
        {2, "catalog+show",
         "CREATE TABLE lineup_items ("
         " position INTEGER NOT NULL,"
         " sku TEXT NOT NULL UNIQUE REFERENCES products(sku) ON DELETE CASCADE,"
         " sold_out INTEGER NOT NULL DEFAULT 0);"
         "CREATE TABLE shows ("
         " id INTEGER PRIMARY KEY,"
         " title TEXT NOT NULL,"
         " started_at TEXT NOT NULL);"
         "CREATE TABLE timeline_events ("
         " id INTEGER PRIMARY KEY,"
         " show_id INTEGER NOT NULL REFERENCES shows(id) ON DELETE CASCADE,"
         " monotonic_ms INTEGER NOT NULL,"
         " wall_time TEXT NOT NULL,"
         " kind TEXT NOT NULL,"
         " sku TEXT NOT NULL DEFAULT '',"
         " detail TEXT NOT NULL DEFAULT '{}');"
         "CREATE INDEX timeline_events_show ON timeline_events(show_id, monotonic_ms);"},
        {3, "show",
         "CREATE TABLE show_plans ("
         " id INTEGER PRIMARY KEY,"
         " title TEXT NOT NULL,"
         " plan_json TEXT NOT NULL,"
         " updated_at TEXT NOT NULL);"},
        {4, "chat",
         "CREATE TABLE chat_log ("
         " id INTEGER PRIMARY KEY,"
         " show_id INTEGER NOT NULL,"
         " type TEXT NOT NULL,"
         " platform TEXT NOT NULL,"
         " msg_id TEXT NOT NULL,"
         " user_id TEXT NOT NULL,"
         " user_name TEXT NOT NULL,"
         " text TEXT NOT NULL,"
         " target_id TEXT NOT NULL,"
         " sent_at_ms INTEGER NOT NULL,"
         " arrived_at_ms INTEGER NOT NULL,"
         " extra TEXT NOT NULL);"
         "CREATE INDEX chat_log_show ON chat_log(show_id, arrived_at_ms);"
         "CREATE INDEX chat_log_user ON chat_log(platform, user_id);"},
        // Shows have an explicit end (a show starts when the user starts it,
        // not at launch), and each timeline payload says which version of its
        // kind's payload it is, so the replay can read old shows.
        {5, "show",
         "ALTER TABLE shows ADD COLUMN ended_at TEXT;"
         "ALTER TABLE shows ADD COLUMN end_reason TEXT NOT NULL DEFAULT '';"
         "ALTER TABLE timeline_events ADD COLUMN payload_version INTEGER NOT NULL DEFAULT 1;"},
        // Every moderation verdict with the rule that decided it (the audit
        // the replay review reads), and the local bans that outlive a show.
        {6, "moderation",
         "CREATE TABLE moderation_log ("
         " id INTEGER PRIMARY KEY,"
         " show_id INTEGER NOT NULL,"
         " platform TEXT NOT NULL,"
         " msg_id TEXT NOT NULL,"
         " user_id TEXT NOT NULL,"
         " user_name TEXT NOT NULL,"
         " text TEXT NOT NULL,"
         " verdict TEXT NOT NULL,"
         " rule TEXT NOT NULL,"
         " detail TEXT NOT NULL,"
         " decided_by TEXT NOT NULL,"
         " arrived_at_ms INTEGER NOT NULL,"
         " logged_at TEXT NOT NULL);"
         "CREATE INDEX moderation_log_show ON moderation_log(show_id, arrived_at_ms);"
         "CREATE INDEX moderation_log_user ON moderation_log(platform, user_id);"
         "CREATE TABLE moderation_bans ("
         " platform TEXT NOT NULL,"
         " user_id TEXT NOT NULL,"
         " user_name TEXT NOT NULL,"
         " banned_at TEXT NOT NULL,"
         " PRIMARY KEY (platform, user_id));"},
        // Lottery draws with their full audit record, and each winner (the
        // past-winner rule reads across shows).
        {7, "interact",
         "CREATE TABLE lottery_draws ("
         " id INTEGER PRIMARY KEY,"
         " show_id INTEGER NOT NULL,"
         " prize TEXT NOT NULL,"
         " commitment TEXT NOT NULL,"
         " entrants INTEGER NOT NULL,"
         " audit_json TEXT NOT NULL,"
         " drawn_at TEXT NOT NULL);"
         "CREATE TABLE lottery_winners ("
         " id INTEGER PRIMARY KEY,"
         " draw_id INTEGER NOT NULL REFERENCES lottery_draws(id) ON DELETE CASCADE,"
         " platform TEXT NOT NULL,"
         " user_id TEXT NOT NULL,"
         " user_name TEXT NOT NULL,"
         " rank INTEGER NOT NULL,"
         " won_at TEXT NOT NULL,"
         " absent INTEGER NOT NULL DEFAULT 0);"
         "CREATE INDEX lottery_winners_user ON lottery_winners(platform, user_id, won_at);"},
        // A recording the user moved after the show: the timeline keeps the
        // path it was recorded to, the review opens it from here.
        {8, "replay",
         "CREATE TABLE recording_locations ("
         " show_id INTEGER NOT NULL REFERENCES shows(id) ON DELETE CASCADE,"
         " recorded_path TEXT NOT NULL,"
         " path TEXT NOT NULL,"
         " moved_at TEXT NOT NULL,"
         " PRIMARY KEY (show_id, recorded_path));"},
        // Where a live show stands, replaced once a second: what the next
        // start resumes from after a crash.
        {9, "show",
         "CREATE TABLE show_checkpoints ("
         " show_id INTEGER PRIMARY KEY REFERENCES shows(id) ON DELETE CASCADE,"
         " saved_at TEXT NOT NULL,"
         " monotonic_ms INTEGER NOT NULL,"
         " state_json TEXT NOT NULL);"},
        // Order lines from the platforms (their exports, later the bridge):
        // one row per platform, order and line; a refund updates its row.
        {10, "sales",
         "CREATE TABLE orders ("
         " id INTEGER PRIMARY KEY,"
         " platform TEXT NOT NULL,"
         " order_id TEXT NOT NULL,"
         " line_id TEXT NOT NULL,"
         " show_id INTEGER REFERENCES shows(id) ON DELETE SET NULL,"
         " sku TEXT NOT NULL,"
         " platform_product_id TEXT NOT NULL,"
         " title TEXT NOT NULL,"
         " quantity INTEGER NOT NULL CHECK (quantity > 0),"
         " paid_cents INTEGER NOT NULL CHECK (paid_cents >= 0),"
         " buyer TEXT NOT NULL,"
         " paid_at_ms INTEGER,"
         " status TEXT NOT NULL CHECK (status IN ('paid', 'refunded', 'cancelled')),"
         " source TEXT NOT NULL,"
         " updated_at TEXT NOT NULL,"
         " UNIQUE (platform, order_id, line_id));"
         "CREATE INDEX orders_show ON orders(show_id, paid_at_ms);"
         "CREATE INDEX orders_sku ON orders(sku);"},
        // The buyer's id on the platform, where the source gives it: the
        // same id as a commenter's makes that viewer a buying KOC.
        {11, "sales",
         "ALTER TABLE orders ADD COLUMN buyer_id TEXT NOT NULL DEFAULT '';"
         "CREATE INDEX orders_buyer ON orders(platform, buyer_id) WHERE buyer_id <> '';"},
        // The room's size as each platform counted it during a show (wall
        // time; NULL where the platform does not give that count): GPM and
        // UV value in the review.
        {12, "sales",
         "CREATE TABLE audience_samples ("
         " id INTEGER PRIMARY KEY,"
         " show_id INTEGER NOT NULL REFERENCES shows(id) ON DELETE CASCADE,"
         " platform TEXT NOT NULL,"
         " at_ms INTEGER NOT NULL,"
         " online INTEGER CHECK (online >= 0),"
         " viewers INTEGER CHECK (viewers >= 0),"
         " views INTEGER CHECK (views >= 0));"
         "CREATE INDEX audience_samples_show ON audience_samples(show_id, at_ms);"},
        // Found by the show benchmark's query-plan test: opening a lottery
        // (recent winners) and drawing it (by commitment) read every draw
        // of every past show.
        {13, "interact",
         "CREATE INDEX lottery_winners_won ON lottery_winners(won_at);"
         "CREATE INDEX lottery_draws_commitment ON lottery_draws(commitment);"},
    };
    return steps;
}

int Schema::latestVersion()
{
    return migrations().constLast().version;
}

} // namespace shopcast::storage
