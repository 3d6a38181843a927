### Sync: enrolling this laptop with the organisation's hub, syncing with
### it, and sync files carried on a USB stick. Also the errors sync can give.

sync-link = Sync
sync-heading = Sync with your organisation
sync-intro = Records stay on this laptop until it is enrolled with your organisation's hub. Ask your organisation for the hub address and a one-time code.
sync-hub-url = Hub address
sync-hub-code = One-time code
sync-enrol = Enrol this laptop
sync-enrolling = Enrolling…
sync-enrolled = Enrolled with { $org } at { $url }
sync-last-success = Last successful sync: { $when }
sync-never = never
sync-waiting = { $count ->
    [one] { $count } record waits for the hub.
   *[other] { $count } records wait for the hub.
}
sync-last-counts = Last sync: { $sent } sent, { $received } received.
sync-now = Sync now
sync-running = Syncing…
sync-problem-detail = For support ({ $when }): { $detail }
sync-forget = Forget this hub
sync-forget-confirm = Forget this hub? Records stop going to your organisation until this laptop is enrolled again. Nothing on this laptop is erased.
sync-forget-yes = Yes, forget the hub
sync-cancel = Cancel

sync-usb-heading = USB stick
sync-usb-intro = No connection? Write a sync file to a USB stick and take it to your organisation. Bring back its receipt and read it here.
sync-usb-enrol-first = To write a sync file, enrol this laptop first. Sync files from other laptops can be read now.
sync-folder = Write to
sync-folder-laptop = This laptop: { $path }
sync-folder-usb = USB stick: { $path }
sync-write = Write sync file
sync-written = Sync file saved. Take it to your organisation:
sync-files-heading = Sync files found
sync-files-none = No sync files found. Put in the USB stick and wait a moment.
sync-file-receipt = Receipt from the hub
sync-file-records = Records from a laptop
sync-read = Read
sync-read-records = Records read: { $records }. New on this laptop: { $new }.
sync-read-receipt = Receipt read: { $waiting ->
    [one] { $waiting } record still waits for the hub.
   *[other] { $waiting } records still wait for the hub.
}

error-hub-unreachable = The hub cannot be reached. Passage will try again by itself when there is a connection.
error-hub-refused = The hub refused this laptop: ask your organisation for a new code.
error-hub-revoked = The hub refused this laptop: ask your organisation for a new code.
error-hub-bad-code = This code does not work: it may be mistyped, used already, or expired. Ask your organisation for a new one.
error-hub-incompatible = The hub runs another version of Passage. Update Passage or ask your organisation.
error-hub-rejected = The hub could not take the records. Passage will try again; if this stays, tell your organisation.
error-not-enrolled = This laptop is not enrolled with a hub yet.
error-sync-file-broken = This file is incomplete or was changed. Nothing was read from it. Make the file again.
error-sync-file-not-ours = This receipt is for another laptop or from another hub. Nothing was changed.
sync-refused = Records made under the name { $names } stay on this laptop: another organisation on the hub uses that name. Ask your organisation what to do.
