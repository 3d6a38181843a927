### Sync: pag-enrol ng laptop na ito sa hub ng organisasyon, pag-sync dito, at mga sync file na dala sa USB stick. Pati ang mga error ng sync.

sync-link = I-sync
sync-heading = Mag-sync sa iyong organisasyon
sync-intro = Nananatili sa laptop na ito ang mga record hanggang ma-enrol ito sa hub ng iyong organisasyon. Hingin sa iyong organisasyon ang address ng hub at isang one-time code.
sync-hub-url = Address ng hub
sync-hub-code = One-time code
sync-enrol = I-enrol ang laptop na ito
sync-enrolling = Ine-enrol…
sync-enrolled = Naka-enrol sa { $org } sa { $url }
sync-last-success = Huling matagumpay na sync: { $when }
sync-never = hindi pa kailanman
sync-waiting = { $count ->
    [one] { $count } record ang naghihintay para sa hub.
   *[other] { $count } record ang naghihintay para sa hub.
}
sync-last-counts = Huling sync: { $sent } naipadala, { $received } natanggap.
sync-now = Mag-sync ngayon
sync-running = Nagsi-sync…
sync-problem-detail = Para sa suporta ({ $when }): { $detail }
sync-forget = Kalimutan ang hub na ito
sync-forget-confirm = Kalimutan ang hub na ito? Hindi na mapupunta sa iyong organisasyon ang mga record hanggang ma-enrol muli ang laptop na ito. Walang mabubura sa laptop na ito.
sync-forget-yes = Oo, kalimutan ang hub
sync-cancel = Kanselahin

sync-usb-heading = USB stick
sync-usb-intro = Walang koneksyon? Sumulat ng sync file sa USB stick at dalhin ito sa iyong organisasyon. Ibalik ang resibo nito at basahin dito.
sync-usb-enrol-first = Para makasulat ng sync file, i-enrol muna ang laptop na ito. Mababasa na ngayon ang mga sync file mula sa ibang laptop.
sync-folder = Isulat sa
sync-folder-laptop = Ang laptop na ito: { $path }
sync-folder-usb = USB stick: { $path }
sync-write = Isulat ang sync file
sync-written = Na-save ang sync file. Dalhin ito sa iyong organisasyon:
sync-files-heading = Mga nakitang sync file
sync-files-none = Walang nakitang sync file. Isaksak ang USB stick at maghintay sandali.
sync-file-receipt = Resibo mula sa hub
sync-file-records = Mga record mula sa isang laptop
sync-read = Basahin
sync-read-records = Mga nabasang record: { $records }. Bago sa laptop na ito: { $new }.
sync-read-receipt = Nabasa ang resibo: { $waiting ->
    [one] { $waiting } record pa ang naghihintay para sa hub.
   *[other] { $waiting } record pa ang naghihintay para sa hub.
}

error-hub-unreachable = Hindi maabot ang hub. Susubukan ulit ng Passage nang kusa kapag may koneksyon na.
error-hub-refused = Tinanggihan ng hub ang laptop na ito: humingi ng bagong code sa iyong organisasyon.
error-hub-revoked = Tinanggihan ng hub ang laptop na ito: humingi ng bagong code sa iyong organisasyon.
error-hub-bad-code = Hindi gumagana ang code na ito: maaaring mali ang pagkaka-type, nagamit na, o expired na. Humingi ng bago sa iyong organisasyon.
error-hub-incompatible = Ibang bersyon ng Passage ang gamit ng hub. I-update ang Passage o magtanong sa iyong organisasyon.
error-hub-rejected = Hindi natanggap ng hub ang mga record. Susubukan ulit ng Passage; kung magpatuloy ito, sabihin sa iyong organisasyon.
error-not-enrolled = Hindi pa naka-enrol sa hub ang laptop na ito.
error-sync-file-broken = Kulang o binago ang file na ito. Walang nabasa mula rito. Gawin muli ang file.
error-sync-file-not-ours = Para sa ibang laptop o mula sa ibang hub ang resibong ito. Walang binago.
sync-refused = Nananatili sa laptop na ito ang mga record na ginawa sa pangalang { $names }: ginagamit ng ibang organisasyon sa hub ang pangalang iyon. Tanungin ang inyong organisasyon kung ano ang gagawin.
