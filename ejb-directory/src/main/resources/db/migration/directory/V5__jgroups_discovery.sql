-- Cluster discovery through the shared database (JGroups JDBC_PING2, crossway.cli): every node
-- writes its cluster address here and reads the others'. The layout is JDBC_PING2's own default
-- (its SQL names these columns). The application's account gets SELECT, INSERT, UPDATE, DELETE on
-- it like on every table; it cannot create it, so it is created here (and by ./crossway before a
-- first start, since a node's channel starts before the deployment's migrations run).
create table if not exists jgroups (
    address varchar(200) not null,
    name varchar(200),
    cluster varchar(200) not null,
    ip varchar(200) not null,
    coord boolean,
    primary key (address)
) engine=InnoDB;
