//! Only mounts the app; everything else is in the library so that tests can mount it too.

fn main() {
    // Panic messages in the console while developing. Release builds abort on a panic without
    // one (the end-to-end tests fail on any page error either way), which keeps 1 KB out of
    // every applicant's download.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(blankett::App);
}
