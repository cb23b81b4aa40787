//! Only mounts the app; everything else is in the library so that tests can mount it too.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(blankett::App);
}
