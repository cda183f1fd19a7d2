-- where each listed document lives: lets DocumentGet name a document by its id alone (Redox's
-- Document.ID), the repository being the one the community's FindDocuments answer gave
create table document_location (
    organization_id      varchar(64)  not null,
    document_id          varchar(128) not null,
    repository_unique_id varchar(64)  not null,
    listed_at            datetime(3)  not null,
    primary key (organization_id, document_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
