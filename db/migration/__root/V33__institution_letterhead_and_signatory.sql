-- What the institution's printed reports carry, kept by the PPK and HR in the browser: the letterhead (kop surat)
-- below the name, the place written before the date of a signature, and who signs for the PPK (the report for the
-- Minister of Pasal 31): name, office and NIP (an elected head of region has none). Empty until someone fills
-- them in; a report then falls back to the PPK account's name and the institution's short name.
alter table institution
    add column address         varchar(300) not null default '',
    add column contact         varchar(200) not null default '',
    add column signing_place   varchar(60)  not null default '',
    add column signatory_name  varchar(120) not null default '',
    add column signatory_title varchar(120) not null default '',
    add column signatory_nip   varchar(18)  not null default ''
        check (signatory_nip = '' or signatory_nip ~ '^[0-9]{18}$'),
    add column version         bigint       not null default 0;
