-- Delivery in two steps: an attempt is committed as SENDING (with the Message-ID it sends) before the channel is
-- called, and its result in a second transaction; a SENDING row left by a crash is resolved, never sent blindly again.
alter table notice add column sending_since timestamptz;
alter table notice add column message_id varchar(200);
create index notice_sending on notice (sending_since) where status = 'SENDING';
