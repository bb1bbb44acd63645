"""what linking decided, as rows with stable ids: chain, items, cases, persons, organisations, assignments

Revision ID: 0013
Revises: 0012

See :mod:`protokoll.store.linked_tables`. The rows are filled by the next
relink (``protokoll link``, or the end of an ingest); until then the pages
show an archive without links.
"""
from alembic import op
import sqlalchemy as sa

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('cases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('corrected', sa.Boolean(), nullable=False),
    sa.Column('item_count', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key')
    )
    op.create_index(op.f('ix_cases_item_count'), 'cases', ['item_count'], unique=False)
    op.create_index(op.f('ix_cases_position'), 'cases', ['position'], unique=False)
    op.create_table('chain_meetings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('date', sa.String(length=10), nullable=True),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('organization', sa.Text(), nullable=True),
    sa.Column('body', sa.Text(), nullable=True),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('after', sa.String(length=10), nullable=True),
    sa.Column('before', sa.String(length=10), nullable=True),
    sa.Column('previous', sa.Text(), nullable=True),
    sa.Column('next', sa.Text(), nullable=True),
    sa.Column('group_org', sa.Text(), nullable=False),
    sa.Column('group_body', sa.Text(), nullable=False),
    sa.Column('items_json', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key')
    )
    op.create_index(op.f('ix_chain_meetings_date'), 'chain_meetings', ['date'], unique=False)
    op.create_index('ix_chain_meetings_group', 'chain_meetings', ['group_org', 'group_body', 'date'], unique=False)
    op.create_index(op.f('ix_chain_meetings_organization'), 'chain_meetings', ['organization'], unique=False)
    op.create_index(op.f('ix_chain_meetings_position'), 'chain_meetings', ['position'], unique=False)
    listed = sa.text("coalesce(date, \"after\", '')")  # the meeting lists' order (h6)
    op.create_index('ix_chain_meetings_listed', 'chain_meetings', [listed, 'key'], unique=False)
    op.create_index('ix_chain_meetings_year_listed', 'chain_meetings', ['year', listed, 'key'], unique=False)
    op.create_table('link_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('generation', sa.Integer(), nullable=False),
    sa.Column('linked_at', sa.DateTime(), nullable=True),
    sa.Column('seconds', sa.Float(), nullable=True),
    sa.Column('report_json', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('organizations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('aliases_json', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key')
    )
    op.create_table('person_redirects',
    sa.Column('old_key', sa.Text(), nullable=False),
    sa.Column('new_key', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('old_key')
    )
    op.create_table('persons',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('possible_json', sa.Text(), nullable=False),
    sa.Column('same_as_json', sa.Text(), nullable=False),
    sa.Column('mention_count', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key')
    )
    op.create_index(op.f('ix_persons_position'), 'persons', ['position'], unique=False)
    op.create_table('bodies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('aliases_json', sa.Text(), nullable=False),
    sa.Column('dates_json', sa.Text(), nullable=False),
    sa.Column('meetings', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_bodies_organization_id'), 'bodies', ['organization_id'], unique=False)
    op.create_table('memberships',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('municipality', sa.Text(), nullable=False),
    sa.Column('first_seen', sa.String(length=10), nullable=True),
    sa.Column('last_seen', sa.String(length=10), nullable=True),
    sa.Column('meetings', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_memberships_municipality'), 'memberships', ['municipality'], unique=False)
    op.create_index(op.f('ix_memberships_organization_id'), 'memberships', ['organization_id'], unique=False)
    op.create_table('person_mentions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('folded', sa.Text(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.String(length=10), nullable=True),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('organization', sa.Text(), nullable=True),
    sa.Column('body', sa.Text(), nullable=True),
    sa.Column('role', sa.Text(), nullable=True),
    sa.Column('grp', sa.String(length=16), nullable=True),
    sa.Column('affiliation', sa.Text(), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_person_mentions_affiliation'), 'person_mentions', ['affiliation'], unique=False)
    op.create_index(op.f('ix_person_mentions_folded'), 'person_mentions', ['folded'], unique=False)
    op.create_index('ix_person_mentions_meeting_folded', 'person_mentions', ['meeting_id', 'folded'], unique=False)
    op.create_index(op.f('ix_person_mentions_meeting_id'), 'person_mentions', ['meeting_id'], unique=False)
    op.create_index(op.f('ix_person_mentions_person_id'), 'person_mentions', ['person_id'], unique=False)
    op.create_table('chain_sources',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('chain_meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('document_name', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['chain_meeting_id'], ['chain_meetings.id'], ),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('meeting_id')
    )
    op.create_index(op.f('ix_chain_sources_chain_meeting_id'), 'chain_sources', ['chain_meeting_id'], unique=False)
    op.create_table('linked_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.Text(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('chain_meeting_id', sa.Integer(), nullable=False),
    sa.Column('document_name', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=False),
    sa.Column('number', sa.Text(), nullable=True),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('decisions_json', sa.Text(), nullable=False),
    sa.Column('assignments_json', sa.Text(), nullable=False),
    sa.Column('routine', sa.Boolean(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=True),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ),
    sa.ForeignKeyConstraint(['chain_meeting_id'], ['chain_meetings.id'], ),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key')
    )
    op.create_index(op.f('ix_linked_items_case_id'), 'linked_items', ['case_id'], unique=False)
    op.create_index(op.f('ix_linked_items_chain_meeting_id'), 'linked_items', ['chain_meeting_id'], unique=False)
    op.create_index(op.f('ix_linked_items_meeting_id'), 'linked_items', ['meeting_id'], unique=False)
    op.create_index(op.f('ix_linked_items_rank'), 'linked_items', ['rank'], unique=False)
    op.create_table('assignments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.Text(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('assignee', sa.Text(), nullable=False),
    sa.Column('assignee_kind', sa.String(length=16), nullable=False),
    sa.Column('task', sa.Text(), nullable=False),
    sa.Column('due', sa.String(length=10), nullable=True),
    sa.Column('due_text', sa.Text(), nullable=True),
    sa.Column('case_key', sa.Text(), nullable=True),
    sa.Column('reported_by', sa.Text(), nullable=True),
    sa.Column('reported_date', sa.String(length=10), nullable=True),
    sa.Column('evidence_json', sa.Text(), nullable=False),
    sa.Column('words_by', sa.Text(), nullable=True),
    sa.Column('words_date', sa.String(length=10), nullable=True),
    sa.Column('words_evidence_json', sa.Text(), nullable=False),
    sa.Column('mentioned_by', sa.Text(), nullable=True),
    sa.Column('mentioned_date', sa.String(length=10), nullable=True),
    sa.ForeignKeyConstraint(['item_id'], ['linked_items.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key')
    )
    op.create_index(op.f('ix_assignments_due'), 'assignments', ['due'], unique=False)
    op.create_index(op.f('ix_assignments_item_id'), 'assignments', ['item_id'], unique=False)
    op.create_index(op.f('ix_assignments_position'), 'assignments', ['position'], unique=False)
    # the register's filters (assignee names, a body's meetings, a municipality's people) read indexes only
    op.create_index('ix_assignments_assignee', 'assignments', ['assignee', 'assignee_kind'], unique=False)
    op.create_index('ix_chain_meetings_org_body', 'chain_meetings', ['organization', 'body'], unique=False)
    op.create_index('ix_person_mentions_person_folded', 'person_mentions', ['person_id', 'folded'], unique=False)
    # people, municipality, organisation and body pages (h7)
    op.create_index('ix_assignments_kind_assignee', 'assignments', ['assignee_kind', 'assignee'], unique=False)
    op.create_index('ix_person_mentions_person_affiliation', 'person_mentions', ['person_id', 'affiliation'],
                    unique=False)


def downgrade() -> None:
    for table in ['assignments', 'linked_items', 'chain_sources', 'person_mentions', 'memberships', 'bodies', 'persons', 'person_redirects', 'organizations', 'link_state', 'chain_meetings', 'cases']:
        op.drop_table(table)
